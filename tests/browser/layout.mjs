// Layout: every kind of page at 320 pixels wide without sideways scrolling of the page (wide
// tables scroll inside their own region), and the print stylesheet (navigation hidden, black on
// white, links printed with their target).
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
