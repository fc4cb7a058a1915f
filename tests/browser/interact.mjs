// What a reader does: previews of terms and instruments (focus, Escape, hover, tap), search
// (Pagefind: the search page, the header box, accents and subscripts folded, paragraphs as
// results of their own, each language its own index), the page without JavaScript, and the
// search index loading only once the reader starts searching.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { launch, newPage, pagesOfEveryKind, serve, siteFromEnv, Tally } from './lib.mjs';

const site = siteFromEnv();
const tally = new Tally('interact');
const previews = JSON.parse(await readFile(path.join(site.dir, 'previews.json'), 'utf8'));

const server = await serve(site.dir, site.prefix);
const browser = await launch();
const base = server.base;
const pages = await pagesOfEveryKind(site.dir);
const documentPath = pages.find(([kind]) => kind === 'document')[1];

function overlaps(a, b) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The results shown: each page, and the places in it (paragraphs, passages, entries). */
async function searchResults(page) {
  return page.$$eval('#search-results > li', (items) => items.map((li) => ({
    kind: li.querySelector('.result-kind').textContent,
    title: li.querySelector('.result-title').textContent,
    href: li.querySelector('.result-title').getAttribute('href'),
    context: (li.querySelector('.result-context') || { textContent: '' }).textContent,
    text: [...li.querySelectorAll('.result-text')].map((p) => p.textContent).join(' '),
    parts: [...li.querySelectorAll('.result-parts > li')].filter((p) => p.querySelector('a')).map((p) => ({
      title: p.querySelector('a').textContent,
      href: p.querySelector('a').getAttribute('href'),
      text: p.querySelector('.result-text').textContent,
      marks: [...p.querySelectorAll('mark')].map((m) => m.textContent),
    })),
    marks: [...li.querySelectorAll('mark')].map((m) => m.textContent),
  })));
}

async function searchFor(page, query, at = base) {
  await page.goto(`${at}search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => {
    const status = document.getElementById('search-status').textContent;
    return status && !/…$/.test(status);
  }, null, { timeout: 10000 });
  return searchResults(page);
}

try {
  // ---------- Previews ----------
  {
    const page = await newPage(browser, base);
    await page.goto(base + documentPath);
    const term = page.locator('a.mention-term').first();
    const key = await term.getAttribute('data-preview');
    await term.focus();
    const popover = page.locator('#accord-preview');
    await popover.waitFor({ state: 'visible', timeout: 5000 }).catch(() => {});
    const visible = await popover.isVisible();
    tally.ok(visible, 'focusing a glossary term opens its preview');
    if (visible) {
      const text = await popover.locator('.preview-text').textContent();
      tally.ok(text === previews[key].text, 'the preview shows the definition from previews.json', `${text}\n!= ${previews[key].text}`);
      tally.ok((await popover.getAttribute('role')) === 'tooltip', 'the preview is a tooltip');
      tally.ok((await term.getAttribute('aria-describedby') || '').includes('accord-preview'), 'the focused link is described by the preview');
      const [linkBox, popBox] = [await term.boundingBox(), await popover.boundingBox()];
      tally.ok(!overlaps(linkBox, popBox), 'the preview does not cover the focused link (WCAG 2.4.11)', JSON.stringify({ linkBox, popBox }));
      await page.keyboard.press('Escape');
      tally.ok(await popover.isHidden(), 'Escape closes the preview (WCAG 1.4.13)');
      tally.ok(await term.evaluate((el) => el === document.activeElement), 'focus stays on the link after Escape');
      tally.ok(!((await term.getAttribute('aria-describedby')) || '').includes('accord-preview'), 'the closed preview no longer describes the link');
    }
    // Hover: shows; the pointer can move onto the preview (hoverable); leaving both hides it.
    await page.locator('main h1').click();
    const instrument = page.locator('a.mention-instrument').first();
    const instrumentKey = await instrument.getAttribute('data-preview');
    await instrument.scrollIntoViewIfNeeded();
    await instrument.hover();
    await popover.waitFor({ state: 'visible', timeout: 5000 }).catch(() => {});
    tally.ok(await popover.isVisible(), 'hovering an instrument link opens its preview');
    tally.ok((await popover.locator('.preview-text').textContent()) === previews[instrumentKey].text, "the instrument's preview shows its summary");
    const box = await popover.boundingBox();
    const linkBox = await instrument.boundingBox();
    await page.mouse.move(linkBox.x + 2, box.y + 4, { steps: 5 });
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
    await page.waitForTimeout(600);
    tally.ok(await popover.isVisible(), 'the pointer can move onto the preview without it closing (hoverable)');
    await page.mouse.move(5, 5);
    await page.waitForTimeout(700);
    tally.ok(await popover.isHidden(), 'moving the pointer away closes the preview');
    await instrument.hover();
    await popover.waitFor({ state: 'visible', timeout: 5000 }).catch(() => {});
    await page.keyboard.press('Escape');
    tally.ok(await popover.isHidden(), 'Escape closes a preview opened by hovering');
    tally.ok(page.errors.length === 0, 'no script error on the document page', page.errors.join('\n'));
    await page.context().close();
  }
  {
    // A tap on a phone shows the preview; a second tap follows the link.
    const page = await newPage(browser, base, { viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });
    await page.goto(base + documentPath);
    const term = page.locator('a.mention-term').first();
    await term.scrollIntoViewIfNeeded();
    const before = page.url();
    await term.tap();
    const popover = page.locator('#accord-preview');
    await popover.waitFor({ state: 'visible', timeout: 5000 }).catch(() => {});
    tally.ok(await popover.isVisible(), 'a tap on a term shows its preview on a phone');
    tally.ok(page.url() === before, 'the first tap does not leave the page');
    const [linkBox, popBox] = [await term.boundingBox(), await popover.boundingBox()];
    tally.ok(popBox && popBox.x >= 0 && popBox.x + popBox.width <= 375, 'the preview fits the phone screen', JSON.stringify(popBox));
    tally.ok(popBox && !overlaps(linkBox, popBox), 'the preview does not cover the tapped link');
    await Promise.all([page.waitForURL((url) => url.href !== before, { timeout: 5000 }).catch(() => {}), term.tap()]);
    tally.ok(page.url().includes('/glossary/#'), 'a second tap opens the glossary entry', page.url());
    await page.context().close();
  }

  // ---------- Search ----------
  {
    const page = await newPage(browser, base);
    const results = await searchFor(page, 'Prüm');
    const glossary = results.find((r) => r.kind === 'Glossary');
    const entry = glossary && glossary.parts.find((p) => p.title === 'Prüm');
    tally.ok(entry && entry.href.endsWith('glossary/#prum'), 'searching "Prüm" finds the Prüm glossary entry, linked to it', JSON.stringify(results.slice(0, 5), null, 1));
    const documentResult = results.find((r) => r.parts.some((p) => /#p-\d+$/.test(p.href) && p.text.includes('Prüm')));
    const paragraph = documentResult && documentResult.parts.find((p) => /#p-\d+$/.test(p.href) && p.text.includes('Prüm'));
    tally.ok(paragraph, 'searching "Prüm" finds the paragraph that mentions it, as a result of its own linked to its anchor', JSON.stringify(results.slice(0, 3), null, 1));
    tally.ok(paragraph && /^Paragraph \d+ · \S/.test(paragraph.title), 'the paragraph result is titled with its number and its themes', paragraph && paragraph.title);
    tally.ok(documentResult && /\d{4}$/.test(documentResult.context), 'the document result shows its date', documentResult && documentResult.context);
    tally.ok(paragraph && paragraph.marks.some((m) => /Prüm/i.test(m)), 'the word found is highlighted in the paragraph', JSON.stringify(paragraph));
    tally.ok(results.every((r) => r.href.startsWith(site.prefix) && r.parts.every((p) => p.href.startsWith(site.prefix))), 'every result links inside the site under its base path');
    if (paragraph) {
      await page.click(`#search-results a[href="${paragraph.href}"]`);
      await page.waitForLoadState('load');
      const id = paragraph.href.split('#')[1];
      tally.ok(await page.locator(`[id="${id}"]`).isVisible(), 'the paragraph result opens the document at that paragraph');
    }
    const themes = await searchFor(page, 'Horizon Europe');
    const quoted = themes.find((r) => r.parts.some((p) => /#(quotes-\d+|mention)-\d+$/.test(p.href)));
    tally.ok(quoted, 'a passage quoted on an instrument or theme page is a result of its own, linked to it', JSON.stringify(themes.map((r) => [r.kind, r.title, r.parts.map((p) => p.href)]), null, 1));

    const plain = await searchFor(page, 'Prum');
    tally.ok(plain.some((r) => r.parts.some((p) => p.title === 'Prüm')), 'searching "Prum" (no accent) finds "Prüm"');
    const co2 = await searchFor(page, 'CO2');
    tally.ok(co2.some((r) => r.kind !== 'Glossary' && r.parts.some((p) => /CO2|CO₂/.test(p.text))), 'searching "CO2" finds the paragraphs about CO₂', JSON.stringify(co2.slice(0, 3)));
    const prefix = await searchFor(page, 'Europ');
    tally.ok(prefix.some((r) => r.title.includes('(Europol)')), 'a word typed in part finds whole words ("Europ" finds Europol)', JSON.stringify(prefix.map((r) => r.title)));
    // Ten results at a time: a button shows the next ones and moves focus to the first of them.
    const many = await searchFor(page, 'Belgium');
    const moreButton = page.locator('button.search-more');
    tally.ok(many.length === 10 && await moreButton.isVisible(), 'a search with more than ten results shows ten and a button for more', `${many.length} shown`);
    if (await moreButton.isVisible()) {
      await moreButton.click();
      await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length > 10, null, { timeout: 5000 }).catch(() => {});
      const after = await searchResults(page);
      const focused = await page.evaluate(() => document.activeElement && document.activeElement.getAttribute('href'));
      tally.ok(after.length > 10 && focused === after[10].href, 'the button adds the next results and focuses the first of them', `${after.length} shown, focus on ${focused}`);
    }
    const none = await searchFor(page, 'xylophone');
    tally.ok(none.length === 0 && /No results/.test(await page.locator('#search-status').textContent()), 'a search with no match says so');
    const input = page.locator('#search-input');
    await input.fill('Zeebrugge');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'Zeebrugge', null, { timeout: 5000 }).catch(() => {});
    await page.waitForFunction(() => /Zeebrugge/.test(document.getElementById('search-status').textContent), null, { timeout: 5000 }).catch(() => {});
    tally.ok((await searchResults(page)).some((r) => r.text.includes('Zeebrugge')), 'typing on the search page updates the results');
    tally.ok(new URL(page.url()).searchParams.get('q') === 'Zeebrugge', 'the address keeps the query, so results can be shared');
    tally.ok(page.errors.length === 0, 'no script error while searching', page.errors.join('\n'));
    // Each language has its own index: the French search page finds the French pages.
    const french = await searchFor(page, 'Prüm', `${base}fr/`).catch(() => null);
    if (french) {
      tally.ok(french.length > 0 && french.every((r) => r.href.startsWith(`${site.prefix}fr/`) || r.href.startsWith(`${site.prefix}documents/`)), 'the French search page searches the French pages', JSON.stringify(french.map((r) => r.href)));
    }
    await page.context().close();
  }
  {
    // The index loads only once the reader starts searching; the header box shows results.
    const page = await newPage(browser, base);
    const asked = [];
    page.on('request', (request) => asked.push(new URL(request.url()).pathname));
    await page.goto(base);
    await page.waitForTimeout(300);
    tally.ok(!asked.some((p) => p.includes('/pagefind/')), 'the search index does not load with the page');
    tally.ok(!asked.some((p) => p.endsWith('previews.json')), 'previews do not load with the page');
    await page.focus('#header-search-input');
    await page.waitForResponse((r) => r.url().endsWith('pagefind.js'), { timeout: 5000 }).catch(() => {});
    tally.ok(asked.includes(`${site.prefix}pagefind/pagefind.js`), 'focusing the search box loads the search script, from the base path');
    await page.keyboard.type('Prüm');
    const panel = page.locator('#header-search-results');
    await panel.locator('li').first().waitFor({ timeout: 5000 }).catch(() => {});
    tally.ok(await panel.isVisible(), 'typing in the header search box shows results under it');
    tally.ok(await panel.locator('mark', { hasText: /Prüm/i }).count() > 0, 'the header results show Prüm found');
    const status = await page.locator('#header-search-status').textContent();
    tally.ok(/result/.test(status), 'the number of results is announced', status);
    await page.keyboard.press('Escape');
    tally.ok(await panel.isHidden(), 'Escape closes the header results');
    await page.keyboard.press('Enter');
    await page.waitForURL(/search\/\?q=/, { timeout: 5000 }).catch(() => {});
    tally.ok(page.url().startsWith(`${base}search/?q=Pr`), 'Enter opens the search page with the query (a plain form)', page.url());
    await page.context().close();
  }
  {
    // Without JavaScript: the search page says how to browse; the form still submits.
    const page = await newPage(browser, base, { javaScriptEnabled: false });
    await page.goto(`${base}search/?q=Prum`);
    const text = await page.locator('main').textContent();
    tally.ok(/needs JavaScript/.test(text) && /browsing/.test(text), 'without JavaScript the search page says how to browse instead');
    tally.ok(await page.locator('#search-browse a[href$="glossary/"]').count() === 1, 'and links to the glossary and the other lists');
    await page.goto(base + documentPath);
    const term = page.locator('a.mention-term').first();
    tally.ok((await term.getAttribute('href')).includes('glossary/#'), 'without JavaScript a term is a plain link to its entry');
    await page.goto(base);
    await page.fill('#header-search-input', 'Prum');
    await Promise.all([page.waitForURL(/search\//, { timeout: 5000 }).catch(() => {}), page.keyboard.press('Enter')]);
    tally.ok(page.url() === `${base}search/?q=Prum`, 'without JavaScript the header search submits to the search page', page.url());
    await page.context().close();
  }
  {
    // Current page marked in the navigation; breadcrumbs; the skip link.
    const page = await newPage(browser, base);
    await page.goto(base + documentPath);
    const current = await page.$$eval('.site-nav a[aria-current="page"]', (links) => links.map((a) => a.textContent));
    tally.ok(current.length === 1 && current[0] === 'Documents', 'the navigation marks the current section', current.join(', '));
    tally.ok(await page.locator('nav.breadcrumbs a').count() >= 2, 'a document page has breadcrumbs');
    await page.keyboard.press('Tab');
    const skip = page.locator('.skip-link');
    tally.ok(await skip.evaluate((el) => el === document.activeElement) && await skip.isVisible(), 'the first Tab shows the skip link');
    const ring = await skip.evaluate((el) => getComputedStyle(el).backgroundColor);
    tally.ok(ring === 'rgb(255, 221, 0)', 'focus is shown in yellow', ring);
    await page.keyboard.press('Enter');
    tally.ok(await page.evaluate(() => document.activeElement.id === 'main'), 'the skip link moves focus to the main content');
    await page.context().close();
  }
} finally {
  await browser.close();
  await server.close();
}
await tally.finish();
