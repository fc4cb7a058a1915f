// axe-core in headless Chromium: no violation of the WCAG 2.2 A and AA rules on every kind of
// page, 320 and 1280 pixels wide, in light and in dark mode, and with a preview popover and the
// header search open.
// Also: no page loads anything from outside the site, and no script error.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { launch, newPage, pagesOfEveryKind, serve, siteFromEnv, Tally } from './lib.mjs';

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
} finally {
  await browser.close();
  await server.close();
}
console.log(`axe: ${total} violations in all`);
await tally.finish();
