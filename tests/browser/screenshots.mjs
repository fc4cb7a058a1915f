// Screenshots of the home page, a document, an instrument and the glossary at 375 and 1280
// pixels wide, into docs/screenshots/ (the README shows two of them). With FULL_PAGE_DIR set,
// also writes full-length light, dark and print captures there, for a person to review.
import { mkdir, readdir } from 'node:fs/promises';
import { statSync } from 'node:fs';
import path from 'node:path';
import { launch, newPage, serve, siteFromEnv, Tally } from './lib.mjs';

const here = path.dirname(new URL(import.meta.url).pathname);
const out = process.env.SCREENSHOT_DIR || path.resolve(here, '../../docs/screenshots');
const full = process.env.FULL_PAGE_DIR;
const site = siteFromEnv();
const tally = new Tally('screenshots');

// The longest document shows the most: its page is the largest file.
const documents = (await readdir(path.join(site.dir, 'documents'), { withFileTypes: true }))
  .filter((d) => d.isDirectory())
  .map((d) => [statSync(path.join(site.dir, 'documents', d.name, 'index.html')).size, d.name])
  .sort((a, b) => b[0] - a[0] || a[1].localeCompare(b[1]));
const shots = [
  ['home', ''],
  ['document', `documents/${documents[0][1]}/`],
  ['instrument', 'instruments/prum/'],
  ['glossary', 'glossary/'],
];
// Tall enough to show what each page leads with, below its introduction.
const widths = [
  [375, 1400],
  [1280, 1700],
];

const server = await serve(site.dir, site.prefix);
const browser = await launch();
try {
  await mkdir(out, { recursive: true });
  if (full) await mkdir(full, { recursive: true });
  for (const [name, where] of shots) {
    for (const [width, height] of widths) {
      const page = await newPage(browser, server.base, {
        viewport: { width, height },
        deviceScaleFactor: 1,
        colorScheme: 'light',
      });
      const response = await page.goto(server.base + where, { waitUntil: 'load' });
      if (!tally.ok(response && response.status() === 200, `${name} at ${width}px loads`, response && response.status())) {
        await page.context().close();
        continue;
      }
      const file = path.join(out, `${name}-${width}.png`);
      await page.screenshot({ path: file });
      tally.ok(true, `${name} at ${width}px -> ${path.relative(process.cwd(), file)}`);
      if (full) {
        await page.screenshot({ path: path.join(full, `${name}-${width}-light.png`), fullPage: true });
        await page.emulateMedia({ colorScheme: 'dark' });
        await page.screenshot({ path: path.join(full, `${name}-${width}-dark.png`), fullPage: true });
        await page.emulateMedia({ media: 'print', colorScheme: 'light' });
        await page.screenshot({ path: path.join(full, `${name}-${width}-print.png`), fullPage: true });
      }
      await page.context().close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
await tally.finish();
