// axe-core in headless Chromium: no violation of the WCAG 2.2 A and AA rules on every kind of
// page, 320 and 1280 pixels wide, in light and in dark mode, and with a preview popover and the
// header search open.
// Also: no page loads anything from outside the site, and no script error.
// The site's other languages (its `fr/`, `nl/` ... parts, or a whole site built with another
// `language:` that the runner names in SITE_LANG_DIR) are audited the same way, on a phone in
// light mode and a desktop in dark mode, each page declaring its language and the script
// speaking it.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { launch, newPage, otherLanguages, pagesOfEveryKind, serve, siteFromEnv, Tally } from './lib.mjs';

const require = createRequire(import.meta.url);
const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const site = siteFromEnv();
const tally = new Tally('axe');

async function audit(page) {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (tags) => {
    // eslint-disable-next-line no-undef
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${n.failureSummary.split('\n').slice(0, 2).join(' ')}`),
    }));
  }, TAGS);
}

function describe(violations) {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.join('\n  ')}`).join('\n');
}

const server = await serve(site.dir, site.prefix);
const browser = await launch();
let total = 0;
try {
  const pages = await pagesOfEveryKind(site.dir);
  for (const scheme of ['light', 'dark']) {
    // A phone and a desktop: each shows parts the other hides (the theme grid as a table or as
    // lists, the header's search box or its link, folded or open contents).
    for (const [width, height] of [[320, 640], [1280, 900]]) {
      for (const [kind, where] of pages) {
        const page = await newPage(browser, server.base, { colorScheme: scheme, viewport: { width, height } });
        await page.goto(server.base + where, { waitUntil: 'load' });
        if (kind === 'search') await page.waitForSelector('#search-results li', { timeout: 10000 }).catch(() => {});
        const violations = await audit(page);
        total += violations.length;
        const label = `${kind}, ${width}px, ${scheme}`;
        tally.ok(violations.length === 0, `${kind} (${where || 'home'}), ${width}px, ${scheme}: ${violations.length} violations`, describe(violations));
        tally.ok(page.outside.length === 0, `${label}: nothing loaded from outside the site`, page.outside.join('\n'));
        tally.ok(page.errors.length === 0, `${label}: no script error`, page.errors.join('\n'));
        tally.ok(page.broken.length === 0, `${label}: every file it loads exists`, page.broken.join('\n'));
        await page.context().close();
      }
    }
    // The enhanced states: a preview popover open, and the header search's results open.
    const documentPath = pages.find(([kind]) => kind === 'document')[1];
    const page = await newPage(browser, server.base, { colorScheme: scheme });
    await page.goto(server.base + documentPath);
    await page.focus('a.mention-term');
    await page.waitForSelector('#accord-preview:not([hidden])', { timeout: 5000 });
    let violations = await audit(page);
    total += violations.length;
    tally.ok(violations.length === 0, `document with a preview open, ${scheme}: ${violations.length} violations`, describe(violations));
    await page.keyboard.press('Escape');
    await page.fill('#header-search-input', 'police');
    await page.waitForSelector('#header-search-results:not([hidden]) li', { timeout: 10000 });
    violations = await audit(page);
    total += violations.length;
    tally.ok(violations.length === 0, `document with header search results open, ${scheme}: ${violations.length} violations`, describe(violations));
    await page.context().close();
  }

  // The other languages: the site's own language parts, then a site built in another language.
  const variants = (await otherLanguages(site.dir)).map((under) => ({ server, dir: site.dir, under, lang: under.slice(0, -1) }));
  let langServer = null;
  if (process.env.SITE_LANG_DIR) {
    langServer = await serve(process.env.SITE_LANG_DIR, site.prefix);
    variants.push({ server: langServer, dir: process.env.SITE_LANG_DIR, under: '', lang: process.env.SITE_LANG || '' });
  }
  tally.ok(variants.length > 0, `pages in another language to audit: ${variants.map((v) => v.lang + (v.under ? ` (${v.under})` : ' (a whole site)')).join(', ')}`);
  try {
    for (const variant of variants) {
      for (const [scheme, width, height] of [['light', 320, 640], ['dark', 1280, 900]]) {
        for (const [kind, where] of await pagesOfEveryKind(variant.dir, variant.under)) {
          const page = await newPage(browser, variant.server.base, { colorScheme: scheme, viewport: { width, height } });
          await page.goto(variant.server.base + where, { waitUntil: 'load' });
          if (kind === 'search') await page.waitForSelector('#search-results li', { timeout: 10000 }).catch(() => {});
          const violations = await audit(page);
          total += violations.length;
          const label = `${variant.lang}: ${kind} (${where}), ${width}px, ${scheme}`;
          tally.ok(violations.length === 0, `${label}: ${violations.length} violations`, describe(violations));
          const lang = await page.evaluate(() => document.documentElement.lang);
          tally.ok(lang.toLowerCase().split('-')[0] === variant.lang.split('-')[0], `${label}: <html lang="${lang}">`);
          tally.ok(page.errors.length === 0, `${label}: no script error`, page.errors.join('\n'));
          tally.ok(page.broken.length === 0, `${label}: every file it loads exists`, page.broken.join('\n'));
          await page.context().close();
        }
      }
      // The script's words: the header search's message for a query that finds nothing.
      const page = await newPage(browser, variant.server.base);
      await page.goto(variant.server.base + variant.under);
      if (await page.$('#header-search-input')) {
        await page.fill('#header-search-input', 'qqqqzzzz');
        const said = await page.waitForFunction(() => {
          const status = document.querySelector('#header-search-status');
          return status && status.textContent.trim();
        }, null, { timeout: 10000 }).then((handle) => handle.jsonValue()).catch(() => '');
        tally.ok(said !== '' && !/No results/.test(said), `${variant.lang}: the header search speaks the page's language ("${said}")`);
      }
      await page.context().close();
    }
  } finally {
    if (langServer) await langServer.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`axe: ${total} violations in all`);
await tally.finish();
