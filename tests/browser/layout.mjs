// Layout: every kind of page at 320 pixels wide without sideways scrolling of the page (wide
// tables scroll inside their own region); what the first screen shows (a document's text on a
// desktop, what was agreed on the home page, a small header on a phone, the theme grid as lists
// on a phone and as a table on a desktop, contents folded on a phone and working without
// JavaScript); and the print stylesheet (navigation hidden, black on white, links printed with
// their target).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { launch, newPage, pagesOfEveryKind, serve, siteFromEnv, Tally } from './lib.mjs';

const site = siteFromEnv();
const tally = new Tally('layout');
const server = await serve(site.dir, site.prefix);
const browser = await launch();
const base = server.base;

try {
  const pages = await pagesOfEveryKind(site.dir);
  for (const [kind, where] of pages) {
    const page = await newPage(browser, base, { viewport: { width: 320, height: 640 } });
    await page.goto(base + where);
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
      wide: [...document.querySelectorAll('main *, header *, footer *')]
        .filter((el) => !el.closest('.table-scroll') && el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .slice(0, 3)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
    }));
    tally.ok(widths.scroll <= widths.client, `${kind} at 320px: no sideways scrolling`, `${widths.scroll}px wide: ${widths.wide.join(', ')}`);
    await page.context().close();
  }

  // ---------- The first screen ----------
  const documents = (await readdir(path.join(site.dir, 'documents'), { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => `documents/${d.name}/`)
    .sort();
  for (const where of documents) {
    const page = await newPage(browser, base, { viewport: { width: 1280, height: 900 } });
    await page.goto(base + where);
    const top = await page.evaluate(() => Math.round(document.querySelector('.document-text .para').getBoundingClientRect().top + scrollY));
    tally.ok(top + 60 <= 900, `${where} at 1280x900: paragraph 1 starts within the first screen (at ${top}px)`);
    await page.context().close();
  }
  for (const [width, height] of [[1280, 900], [375, 812]]) {
    const page = await newPage(browser, base, { viewport: { width, height } });
    await page.goto(base);
    const home = await page.evaluate(() => {
      const shown = (selector) => {
        const el = document.querySelector(selector);
        return el !== null && el.getClientRects().length > 0;
      };
      const theme = document.querySelector('#themes-heading');
      return {
        theme: theme ? Math.round(theme.getBoundingClientRect().top + scrollY) : null,
        header: Math.round(document.querySelector('.site-header').getBoundingClientRect().height),
        table: shown('.home-grid table'),
        lists: shown('.home-grid .grid-list'),
        scroll: document.querySelector('.home-grid .table-scroll') ? document.querySelector('.home-grid .table-scroll').scrollWidth - document.querySelector('.home-grid .table-scroll').clientWidth : 0,
      };
    });
    tally.ok(home.theme !== null && home.theme + 40 <= height, `home at ${width}x${height}: what was agreed starts within the first screen (at ${home.theme}px)`);
    if (width < 600) {
      tally.ok(home.header <= height / 6, `home at ${width}px: the header takes at most a sixth of the screen (${home.header}px)`);
      tally.ok(home.lists && !home.table, `home at ${width}px: the theme grid is a list per theme, not a wide table`, JSON.stringify(home));
    } else {
      tally.ok(home.table && !home.lists && home.scroll <= 0, `home at ${width}px: the theme grid is a table that fits`, JSON.stringify(home));
    }
    await page.context().close();
  }
  // A document with sections has a contents list.
  const withContents = [];
  for (const where of documents) {
    if ((await readFile(path.join(site.dir, where, 'index.html'), 'utf8')).includes('class="toc"')) withContents.push(where);
  }
  tally.ok(withContents.length > 0, 'a document has a contents list', documents.join(', '));
  for (const javaScriptEnabled of withContents.length ? [true, false] : []) {
    const page = await newPage(browser, base, { viewport: { width: 375, height: 812 }, javaScriptEnabled });
    const where = withContents[0];
    await page.goto(base + where);
    const contents = page.locator('.toc details');
    const link = page.locator('.toc ol a').first();
    const how = javaScriptEnabled ? 'with' : 'without';
    if (tally.ok((await contents.count()) === 1, `${where} at 375px ${how} JavaScript: a contents list`)) {
      tally.ok(!(await link.isVisible()), `${where} at 375px ${how} JavaScript: the contents list is folded`);
      await page.locator('.toc summary').click();
      tally.ok(await link.isVisible(), `${where} at 375px ${how} JavaScript: its summary unfolds it`);
    }
    await page.context().close();
  }
  for (const where of withContents.slice(0, 1)) {
    const page = await newPage(browser, base, { viewport: { width: 1280, height: 900 } });
    await page.goto(base + where);
    tally.ok(await page.locator('.toc ol a').first().isVisible(), `${where} at 1280px: the contents list is open beside the text`);
    await page.context().close();
  }

  // ---------- Print ----------
  for (const [kind, where] of pages.filter(([k]) => ['home', 'document', 'instrument', 'glossary'].includes(k))) {
    const page = await newPage(browser, base, { colorScheme: 'dark' });
    await page.goto(base + where);
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const printed = await page.evaluate(() => {
      const shown = (selector) => {
        const el = document.querySelector(selector);
        return el ? getComputedStyle(el).display !== 'none' : false;
      };
      const link = [...document.querySelectorAll('main a[href]')].find((a) => !a.getAttribute('href').startsWith('#') && !a.classList.contains('mention') && !a.classList.contains('para-num') && !a.classList.contains('url'));
      return {
        header: shown('.site-header'),
        footer: shown('.site-footer'),
        search: shown('.header-search'),
        main: shown('main'),
        color: getComputedStyle(document.body).color,
        background: getComputedStyle(document.body).backgroundColor,
        after: link ? getComputedStyle(link, '::after').content : 'none',
        href: link ? link.getAttribute('href') : '',
      };
    });
    tally.ok(!printed.header && !printed.search && !printed.footer && printed.main, `${kind} printed: the content alone, without header, search and footer`, JSON.stringify(printed));
    tally.ok(printed.color === 'rgb(0, 0, 0)' && printed.background === 'rgb(255, 255, 255)', `${kind} printed: black on white, even in dark mode`, `${printed.color} on ${printed.background}`);
    tally.ok(printed.after.includes(printed.href) && printed.href !== '', `${kind} printed: links show their target`, `${printed.after} for ${printed.href}`);
    const pdf = await page.pdf({ format: 'A4' });
    tally.ok(pdf.length > 1000, `${kind} prints to PDF (${Math.round(pdf.length / 1024)} KiB)`);
    await page.context().close();
  }
} finally {
  await browser.close();
  await server.close();
}
await tally.finish();
