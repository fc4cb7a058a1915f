// Shared helpers of the browser checks: a tiny static HTTP server for the built site, the
// headless Chromium launch, the list of pages to check, and a pass/fail tally.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

/** Where Debian's chromium lives; override with CHROMIUM=/path/to/chromium. */
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves the folder `root` on 127.0.0.1 under the URL path `prefix` (such as `/sub/`), like a
 * GitHub Pages project site: `DIR/` serves `DIR/index.html`, unknown paths get `404.html` with
 * status 404. Records every request that asked for something outside the site.
 */
export async function serve(root, prefix = '/') {
  const requests = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    requests.push(url.pathname);
    let relative = null;
    if (url.pathname.startsWith(prefix)) {
      relative = decodeURIComponent(url.pathname.slice(prefix.length));
    }
    let file = relative === null ? null : path.join(root, relative);
    if (file && !path.resolve(file).startsWith(path.resolve(root))) file = null;
    try {
      if (file && (await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      if (!file) throw new Error('outside');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
      res.end(body);
    } catch {
      const notFound = path.join(root, '404.html');
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(existsSync(notFound) ? await readFile(notFound) : 'not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    base: `http://127.0.0.1:${port}${prefix}`,
    requests,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** Launches Debian's headless Chromium; fails clearly when it is missing. */
export async function launch() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is missing at ${CHROMIUM}: run tests/setup.sh (apt-get install chromium)`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A new page that may only load from the local server: any other request is blocked and
 * recorded in `page.outside` (the site must never reach out to a CDN, font host or tracker).
 */
export async function newPage(browser, base, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  page.outside = [];
  page.errors = [];
  const origin = new URL(base).origin;
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:')) return route.continue();
    page.outside.push(url);
    return route.abort();
  });
  page.on('pageerror', (error) => page.errors.push(String(error)));
  page.broken = [];
  page.on('console', (message) => {
    // A failed request is reported through page.broken, with its URL.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      page.errors.push(message.text());
    }
  });
  page.on('response', (response) => {
    const request = response.request();
    // The 404 page itself answers 404, as it should; anything else that fails is broken.
    if (response.status() >= 400 && !request.isNavigationRequest()) {
      page.broken.push(`${response.status()} ${response.url()}`);
    }
  });
  return page;
}

/**
 * One page of every kind the site has, as paths under the site root; with `under` (`fr/`), the
 * pages of that language's part of the site (whose unknown paths answer the root's 404 page,
 * so the 404 page is left out).
 */
export async function pagesOfEveryKind(siteDir, under = '') {
  const { readdir } = await import('node:fs/promises');
  const first = async (folder) => {
    const names = (await readdir(path.join(siteDir, under, folder), { withFileTypes: true }))
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    if (names.length === 0) throw new Error(`no page in ${under}${folder}/`);
    return `${folder}/${names[0]}/`;
  };
  const pages = [
    ['home', ''],
    ['documents list', 'documents/'],
    ['document', await first('documents')],
    ['themes list', 'themes/'],
    ['theme', await first('themes')],
    ['instruments list', 'instruments/'],
    ['instrument', await first('instruments')],
    ['glossary', 'glossary/'],
    ['timeline', 'timeline/'],
    ['search', 'search/?q=Pr%C3%BCm'],
    ['404', 'no-such-page/'],
    ['content page', 'accessibility/'],
  ];
  return pages
    .filter(([kind, where]) => !under || (kind !== '404' && existsSync(path.join(siteDir, under, where.split('?')[0], 'index.html'))))
    .map(([kind, where]) => [kind, under + where]);
}

/**
 * The site's other languages: its folders named as a language tag (`fr/`, `nl/`, `pt-br/`) that
 * hold a home page and the generated lists, as `fr/`.
 */
export async function otherLanguages(siteDir) {
  const { readdir } = await import('node:fs/promises');
  return (await readdir(siteDir, { withFileTypes: true }))
    .filter((d) => d.isDirectory() && /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(d.name))
    .filter((d) => ['index.html', 'documents/index.html', 'themes/index.html']
      .every((file) => existsSync(path.join(siteDir, d.name, file))))
    .map((d) => `${d.name}/`)
    .sort();
}

/** Counts checks and prints each result on a line of its own. */
export class Tally {
  constructor(name) {
    this.name = name;
    this.passed = 0;
    this.failed = 0;
  }
  ok(condition, label, detail = '') {
    if (condition) {
      this.passed += 1;
      console.log(`ok   ${this.name}: ${label}`);
    } else {
      this.failed += 1;
      console.log(`FAIL ${this.name}: ${label}${detail ? `\n     ${String(detail).split('\n').join('\n     ')}` : ''}`);
    }
    return condition;
  }
  /** Writes `passed failed` to the file the runner reads, and sets the exit code. */
  finish() {
    console.log(`${this.name}: ${this.passed} passed, ${this.failed} failed`);
    if (process.env.TALLY_FILE) {
      return import('node:fs').then((fs) => {
        fs.appendFileSync(process.env.TALLY_FILE, `${this.passed} ${this.failed}\n`);
        process.exitCode = this.failed ? 1 : 0;
      });
    }
    process.exitCode = this.failed ? 1 : 0;
    return Promise.resolve();
  }
}

/** The site folder and URL prefix the runner built; defaults for running a script alone. */
export function siteFromEnv() {
  return {
    dir: process.env.SITE_DIR || path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../public'),
    prefix: process.env.SITE_PREFIX || '/',
  };
}
