// Live reload of `accord serve` in headless Chromium: a page open in a tab shows an edit of its
// source without being reloaded by the test, a stylesheet change is applied without reloading
// the page (scroll position kept), a broken file shows the error overlay (as text, never as
// markup) that axe-core finds readable in light and dark mode, fixing it reloads, and deleting
// the page's file shows the 404 page.
//
// Run from the repository root after building accord:
//   cargo build && node tests/browser/serve_reload.mjs
// ACCORD_BIN overrides the binary (default target/debug/accord), CHROMIUM the browser.
// Prints `N passed, N failed` last and exits non-zero on any failure.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync, unlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const binary = process.env.ACCORD_BIN || path.join(repo, 'target', 'debug', 'accord');
const browserPath = process.env.CHROMIUM || '/usr/bin/chromium';
const WAIT = 30_000;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
  if (ok) {
    passed += 1;
    console.log(`ok   ${name}`);
  } else {
    failed += 1;
    console.log(`FAIL ${name}${detail ? `: ${detail}` : ''}`);
  }
}

/** Runs `step`; a timeout or exception counts as one failure and the next steps still run. */
async function attempt(name, step) {
  try {
    await step();
  } catch (error) {
    check(name, false, String(error && error.message ? error.message.split('\n')[0] : error));
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

function startServer(root, port) {
  const child = spawn(binary, ['serve', '--root', root, '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`accord serve did not start:\n${output}`)), 120_000);
    const onData = (chunk) => {
      output += chunk;
      const match = /Serving the site at (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`accord serve exited with ${code}:\n${output}`));
    });
  });
  return { child, ready, output: () => output };
}

async function main() {
  if (!existsSync(binary)) {
    console.log(`accord is not built at ${binary}: run cargo build first`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  const work = mkdtempSync(path.join(tmpdir(), 'accord-serve-browser-'));
  const root = path.join(work, 'site');
  for (const part of ['site.yaml', 'content', 'seeds', 'themes', 'templates', 'static']) {
    const from = path.join(repo, part);
    if (existsSync(from)) cpSync(from, path.join(root, part), { recursive: true });
  }
  const about = path.join(root, 'content', 'about.md');
  const original = readFileSync(about, 'utf8');
  const stylesheet = path.join(root, 'themes', 'default', 'static', 'style.css');

  const port = await freePort();
  const server = startServer(root, port);
  let browser;
  try {
    const base = await server.ready;
    browser = await chromium.launch({
      executablePath: browserPath,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    const page = await browser.newPage({ viewport: { width: 1000, height: 600 } });
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    const connected = () =>
      page.waitForSelector('html[data-accord-live="connected"]', { state: 'attached', timeout: WAIT });

    await attempt('the page opens and connects to the live-reload stream', async () => {
      const response = await page.goto(new URL('about/', base).href);
      await connected();
      check('the page opens and connects to the live-reload stream', response.status() === 200);
    });

    await attempt('an edit of the page source appears in the open tab', async () => {
      await page.evaluate(() => {
        window.__sameDocument = true;
      });
      writeFileSync(about, original.replace('## Who it is for', 'Edited while open in the browser.\n\n## Who it is for'));
      await page.waitForFunction(() => document.body.textContent.includes('Edited while open in the browser.'), null, {
        timeout: WAIT,
      });
      const reloadedItself = await page.evaluate(() => window.__sameDocument === undefined);
      check('an edit of the page source appears in the open tab', reloadedItself, 'the text changed without a reload?');
      await connected();
    });

    await attempt('a stylesheet change applies without reloading the page', async () => {
      await page.evaluate(() => {
        window.__sameDocument = 'before-css';
        // 'instant': the theme may ask for smooth scrolling, which would still be moving.
        window.scrollTo({ top: 200, behavior: 'instant' });
      });
      await page.waitForTimeout(100);
      const scrolled = await page.evaluate(() => window.scrollY);
      appendFileSync(stylesheet, '\n:root { --accord-serve-test: 7px; }\n');
      await page.waitForFunction(
        () => getComputedStyle(document.documentElement).getPropertyValue('--accord-serve-test').trim() === '7px',
        null,
        { timeout: WAIT },
      );
      const state = await page.evaluate(() => ({ same: window.__sameDocument, y: window.scrollY }));
      check(
        'a stylesheet change applies without reloading the page',
        state.same === 'before-css' && state.y === scrolled && scrolled > 0,
        JSON.stringify({ ...state, scrolled }),
      );
    });

    await attempt('a broken file shows the error overlay, as text', async () => {
      const broken = original.replace('title: About this site', 'title: [<img src=x onerror="window.__injected=1">');
      writeFileSync(about, broken);
      const overlay = await page.waitForSelector('#accord-error-overlay', { timeout: WAIT });
      const found = await page.evaluate(() => {
        const element = document.getElementById('accord-error-overlay');
        return {
          text: element.textContent,
          markup: element.querySelector('img') !== null,
          injected: window.__injected === 1,
          fixed: getComputedStyle(element).position,
        };
      });
      check(
        'a broken file shows the error overlay, as text',
        overlay !== null &&
          found.text.includes('content/about.md') &&
          found.text.includes('<img src=x') &&
          !found.markup &&
          !found.injected &&
          found.fixed === 'fixed',
        JSON.stringify({ ...found, text: found.text.slice(0, 200) }),
      );
      const stillServed = await page.evaluate(() => document.body.textContent.includes('Edited while open in the browser.'));
      check('the last good page stays under the overlay', stillServed);
    });

    for (const scheme of ['light', 'dark']) {
      await attempt(`the error overlay is readable in ${scheme} mode (axe)`, async () => {
        await page.emulateMedia({ colorScheme: scheme });
        if (!(await page.evaluate(() => window.axe !== undefined))) await page.addScriptTag({ content: axeSource });
        const result = await page.evaluate(async (tags) => {
          const overlay = document.getElementById('accord-error-overlay');
          const report = overlay.querySelector('pre');
          const style = getComputedStyle(report);
          // eslint-disable-next-line no-undef
          const audit = await axe.run(overlay, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'passes'] });
          return {
            violations: audit.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
            contrastChecked: audit.passes.some((v) => v.id === 'color-contrast'),
            pre: `${style.color} on ${style.backgroundColor}`,
          };
        }, AXE_TAGS);
        check(
          `the error overlay is readable in ${scheme} mode (axe)`,
          result.violations.length === 0 && result.contrastChecked,
          JSON.stringify(result),
        );
      });
    }
    await page.emulateMedia({ colorScheme: 'light' });

    await attempt('fixing the error reloads the page by itself', async () => {
      writeFileSync(about, original.replace('## Who it is for', 'Fixed and reloaded.\n\n## Who it is for'));
      await page.waitForFunction(() => document.body.textContent.includes('Fixed and reloaded.'), null, { timeout: WAIT });
      const overlay = await page.evaluate(() => document.getElementById('accord-error-overlay') === null);
      check('fixing the error reloads the page by itself', overlay, 'the overlay is still there');
      await connected();
    });

    await attempt('deleting the page source shows the 404 page', async () => {
      // The page's translations go first: a translation whose original is gone fails the build.
      for (const translation of ['about.fr.md', 'about.nl.md']) {
        rmSync(path.join(root, 'content', translation), { force: true });
      }
      unlinkSync(about);
      await page.waitForFunction(() => document.querySelector('h1')?.textContent.includes('Page not found'), null, {
        timeout: WAIT,
      });
      const status = await page.evaluate(async () => (await fetch(location.href, { method: 'HEAD' })).status);
      check('deleting the page source shows the 404 page', status === 404, `status ${status}`);
    });

    check('no script error on the page', errors.length === 0, errors.join('; '));
  } catch (error) {
    check('accord serve and Chromium start', false, String(error && error.message ? error.message : error));
  } finally {
    if (browser) await browser.close();
    const exited = new Promise((resolve) => {
      if (server.child.exitCode !== null) resolve(server.child.exitCode);
      else server.child.once('exit', (code, signal) => resolve(code ?? signal));
    });
    server.child.kill('SIGINT');
    const code = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve('timeout'), 10_000))]);
    check('Ctrl-C stops accord serve cleanly', code === 0, `exit: ${code}`);
    if (code === 'timeout') server.child.kill('SIGKILL');
    rmSync(work, { recursive: true, force: true });
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

main();
