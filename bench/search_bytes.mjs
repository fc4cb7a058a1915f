// Bytes a browser fetches for the first search on a site indexed by Pagefind, the way accord's
// search page searches: Pagefind's script, its WebAssembly, the language's entry and the index
// chunks the word needs, then the fragments of the first 10 results (the search page shows ten at a time).
//
//   node bench/search_bytes.mjs SITE_DIR WORD [WORD ...]
//
// Prints one JSON line per word: {word, results, bytes, gzipped, requests}: `bytes` as this
// local server sends them, `gzipped` as GitHub Pages sends them (it gzips scripts and JSON;
// Pagefind's index files are gzipped already). Uses the Chromium and
// playwright-core of tests/browser (run tests/setup.sh first).
import { gzipSync } from 'node:zlib';
import { launch, serve } from '../tests/browser/lib.mjs';

const [siteDir, ...words] = process.argv.slice(2);
if (!siteDir || !words.length) {
  console.error('usage: node bench/search_bytes.mjs SITE_DIR WORD [WORD ...]');
  process.exit(2);
}
const server = await serve(siteDir, '/');
const browser = await launch();
try {
  for (const word of words) {
    // A new context each time: nothing is cached from the word before.
    const context = await browser.newContext();
    const page = await context.newPage();
    let bytes = 0;
    let gzipped = 0;
    let requests = 0;
    page.on('response', async (response) => {
      if (!new URL(response.url()).pathname.startsWith('/pagefind/')) return;
      const body = await response.body().catch(() => Buffer.alloc(0));
      bytes += body.length;
      gzipped += /\.(js|json)$/.test(response.url()) ? gzipSync(body).length : body.length;
      requests += 1;
    });
    // A page of the site, so that the script's language is the site's.
    await page.goto(server.base + '404.html').catch(() => page.goto(server.base));
    const results = await page.evaluate(async (word) => {
      const pagefind = await import('/pagefind/pagefind.js');
      const found = await pagefind.search(word);
      await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
      return found.results.length;
    }, word);
    await page.waitForTimeout(200);
    console.log(JSON.stringify({ word, results, bytes, gzipped, requests }));
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
