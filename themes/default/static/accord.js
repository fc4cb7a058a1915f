// accord's default theme: enhancements only. Every page works without this file.
//
// - Previews: hovering, focusing or tapping a glossary term or an instrument named in the text
//   shows its definition or summary in a popover (WCAG 2.2: 1.4.13 dismissible with Escape,
//   hoverable, persistent; 2.4.11 never covering the link). The texts come from previews.json,
//   written by the build, and are inserted with textContent only.
// - Folded parts (contents, provenance) open by themselves on a wide screen.
// - Search: Pagefind's script (pagefind/, written by the build) loads only when the reader
//   starts searching, and fetches only the parts of the index the typed words need. Its
//   excerpts are inserted as text, with its <mark>s, never as markup.
// Every URL comes from data attributes the templates put on <body>, so the site works under any
// base path.
(function () {
  'use strict';

  var body = document.body;
  var data = body ? body.dataset : {};
  document.documentElement.classList.remove('no-js');
  document.documentElement.classList.add('has-js');

  // ---------- Words in the page's language ----------

  // The theme's i18n/LANG.yaml keys starting with js_, which the page carries in
  // data-strings when its language is not English; the English text is written below.
  var STRINGS = {};
  try { STRINGS = JSON.parse(data.strings || '{}') || {}; } catch (error) { STRINGS = {}; }

  /** The text of `key` (or `english`), its plural form chosen by `values.count`, each {name} filled. */
  function say(key, english, values) {
    var text = STRINGS[key] || english;
    if (typeof text === 'object') {
      var form = 'other';
      try {
        form = new Intl.PluralRules(document.documentElement.lang || 'en').select(values.count);
      } catch (error) {
        form = values.count === 1 ? 'one' : 'other';
      }
      text = text[form] || text.other;
    }
    return String(text).replace(/\{(\w+)\}/g, function (all, name) {
      return values && Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : all;
    });
  }

  // ---------- Loading data ----------

  var cache = {};
  function fetchJson(url) {
    if (!cache[url]) {
      cache[url] = fetch(url, { credentials: 'same-origin' }).then(function (response) {
        if (!response.ok) throw new Error(url + ': ' + response.status);
        return response.json();
      });
      cache[url].catch(function () { delete cache[url]; });
    }
    return cache[url];
  }

  // ---------- Previews of terms and instruments ----------

  var popover = null;
  var current = null; // the link whose preview is shown
  var dismissed = null; // the link whose preview the reader closed with Escape
  var hideTimer = 0;
  var showTimer = 0;
  var lastPointer = 'mouse';

  function previewLink(node) {
    return node && node.closest ? node.closest('a[data-preview]') : null;
  }

  function ensurePopover() {
    if (popover) return popover;
    popover = document.createElement('div');
    popover.className = 'preview-popover';
    popover.id = 'accord-preview';
    popover.setAttribute('role', 'tooltip');
    popover.hidden = true;
    popover.addEventListener('pointerenter', function () { clearTimeout(hideTimer); });
    popover.addEventListener('pointerleave', function (event) {
      if (event.pointerType !== 'touch') scheduleHide(300);
    });
    body.appendChild(popover);
    return popover;
  }

  function fill(link, preview) {
    var box = ensurePopover();
    box.textContent = '';
    var kind = document.createElement('span');
    kind.className = 'preview-kind';
    kind.textContent = link.dataset.preview.indexOf('instrument-') === 0
      ? say('js_preview_instrument', 'Instrument')
      : say('js_preview_term', 'Glossary');
    var title = document.createElement('span');
    title.className = 'preview-title';
    title.textContent = preview.title;
    var text = document.createElement('p');
    text.className = 'preview-text';
    text.textContent = preview.text;
    box.appendChild(kind);
    box.appendChild(title);
    box.appendChild(text);
    if (lastPointer === 'touch') {
      var hint = document.createElement('p');
      hint.className = 'preview-hint';
      hint.textContent = say('js_preview_tap_hint', 'Tap the link again to open its page.');
      box.appendChild(hint);
    }
  }

  /** Puts the popover below the link, or above it when there is no room below: never over it. */
  function place(link) {
    var box = popover;
    var gap = 8;
    var rects = link.getClientRects();
    var rect = rects.length ? rects[rects.length - 1] : link.getBoundingClientRect();
    var first = rects.length ? rects[0] : rect;
    box.style.left = '0px';
    box.style.top = '0px';
    var width = box.offsetWidth;
    var height = box.offsetHeight;
    var viewportWidth = document.documentElement.clientWidth;
    var below = window.innerHeight - rect.bottom - gap;
    var top;
    if (height <= below || first.top - gap < height) {
      top = rect.bottom + gap;
    } else {
      top = first.top - gap - height;
    }
    var left = Math.min(Math.max(rect.left, gap), Math.max(gap, viewportWidth - width - gap));
    box.style.left = Math.round(left + window.scrollX) + 'px';
    box.style.top = Math.round(top + window.scrollY) + 'px';
  }

  function show(link) {
    clearTimeout(hideTimer);
    if (dismissed === link) return;
    fetchJson(data.previews).then(function (previews) {
      var preview = previews[link.dataset.preview];
      if (!preview) return;
      if (current && current !== link) hide();
      fill(link, preview);
      popover.hidden = false;
      current = link;
      var described = (link.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
      if (described.indexOf(popover.id) < 0) described.push(popover.id);
      link.setAttribute('aria-describedby', described.join(' '));
      place(link);
    }).catch(function () { /* No preview: the link still leads to the full entry. */ });
  }

  function hide() {
    clearTimeout(hideTimer);
    clearTimeout(showTimer);
    if (!popover || popover.hidden) { current = null; return; }
    popover.hidden = true;
    if (current) {
      var described = (current.getAttribute('aria-describedby') || '').split(' ')
        .filter(function (id) { return id && id !== popover.id; });
      if (described.length) current.setAttribute('aria-describedby', described.join(' '));
      else current.removeAttribute('aria-describedby');
    }
    current = null;
  }

  function scheduleHide(delay) {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(function () {
      var active = document.activeElement;
      if (current && active === current) return; // still focused: stays until blur or Escape
      if (popover && popover.matches(':hover')) return;
      hide();
    }, delay);
  }

  function setUpPreviews() {
    if (!data.previews || !document.querySelector('a[data-preview]')) return;
    document.addEventListener('pointerover', function (event) {
      lastPointer = event.pointerType || 'mouse';
      if (event.pointerType === 'touch') return;
      var link = previewLink(event.target);
      if (!link) return;
      if (link === current) { clearTimeout(hideTimer); return; }
      clearTimeout(showTimer);
      fetchJson(data.previews).catch(function () {});
      showTimer = setTimeout(function () { show(link); }, 150);
    });
    document.addEventListener('pointerout', function (event) {
      if (event.pointerType === 'touch') return;
      var link = previewLink(event.target);
      if (!link || link.contains(event.relatedTarget)) return;
      clearTimeout(showTimer);
      if (dismissed === link) dismissed = null;
      if (link === current) scheduleHide(300);
    });
    document.addEventListener('pointerdown', function (event) {
      lastPointer = event.pointerType || 'mouse';
      if (current && !previewLink(event.target) && !(popover && popover.contains(event.target))) hide();
    });
    document.addEventListener('focusin', function (event) {
      var link = previewLink(event.target);
      if (link && lastPointer !== 'touch') show(link);
    });
    document.addEventListener('focusout', function (event) {
      var link = previewLink(event.target);
      if (!link) return;
      if (dismissed === link) dismissed = null;
      if (link === current) scheduleHide(0);
    });
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && current) {
        dismissed = current;
        hide();
      }
    });
    // A tap on a phone shows the preview first; a second tap follows the link.
    document.addEventListener('click', function (event) {
      var link = previewLink(event.target);
      if (!link || lastPointer !== 'touch') return;
      if (current === link && popover && !popover.hidden) return;
      event.preventDefault();
      show(link);
    });
    window.addEventListener('resize', function () { if (current) place(current); });
  }

  // ---------- Search ----------

  var searchReady = null;

  /** Loads Pagefind's script (once), from the site's base path; it fetches only the parts of
   *  the index the typed words need. */
  function loadSearch() {
    if (!searchReady) {
      searchReady = import(data.searchScript).then(function (pagefind) {
        return Promise.resolve(pagefind.options({ excerptLength: 24 })).then(function () {
          return pagefind;
        });
      });
      searchReady.catch(function () { searchReady = null; });
    }
    return searchReady;
  }

  /** Searches, and loads what the first `shown` results show: { count, results }. */
  function search(query, shown) {
    return loadSearch().then(function (pagefind) {
      return pagefind.search(query);
    }).then(function (found) {
      var hits = (found && found.results) || [];
      return dataOf(hits.slice(0, shown))
        .then(function (results) { return { count: hits.length, results: results, hits: hits }; });
    });
  }

  /** What the results `hits` show (each loads one small file). */
  function dataOf(hits) {
    return Promise.all(hits.map(function (hit) { return hit.data(); }));
  }

  /**
   * Appends Pagefind's excerpt (text in which it marked the words found) to `parent`, as text
   * and <mark> elements only: nothing in it becomes markup.
   */
  function appendExcerpt(parent, excerpt) {
    var parsed = new DOMParser().parseFromString('<body>' + (excerpt || ''), 'text/html');
    parsed.body.childNodes.forEach(function (node) {
      if (node.nodeName === 'MARK') {
        var mark = document.createElement('mark');
        mark.textContent = node.textContent;
        parent.appendChild(mark);
      } else {
        parent.appendChild(document.createTextNode(node.textContent));
      }
    });
  }

  /** A result: the page (its kind, title and date) and the parts of it that matched. */
  function resultItem(result, compact) {
    var meta = result.meta || {};
    var item = document.createElement('li');
    item.className = 'result';
    var kind = document.createElement('span');
    kind.className = 'result-kind';
    kind.textContent = meta.kind || '';
    var link = document.createElement('a');
    link.className = 'result-title';
    link.href = result.url;
    link.textContent = meta.title || result.url;
    item.appendChild(kind);
    item.appendChild(link);
    if (meta.date) {
      var context = document.createElement('p');
      context.className = 'result-context';
      context.textContent = meta.date;
      item.appendChild(context);
    }
    // The paragraphs, passages or entries that matched, each with its own link.
    var parts = (result.sub_results || []).filter(function (part) { return part.url !== result.url; });
    if (!parts.length) {
      var text = document.createElement('p');
      text.className = 'result-text';
      appendExcerpt(text, result.excerpt);
      item.appendChild(text);
      return item;
    }
    var list = document.createElement('ul');
    list.className = 'result-parts';
    parts.slice(0, compact ? 1 : 3).forEach(function (part) {
      var entry = document.createElement('li');
      var partLink = document.createElement('a');
      partLink.className = 'result-part';
      partLink.href = part.url;
      partLink.textContent = part.title;
      var excerpt = document.createElement('p');
      excerpt.className = 'result-text';
      appendExcerpt(excerpt, part.excerpt);
      entry.appendChild(partLink);
      entry.appendChild(excerpt);
      list.appendChild(entry);
    });
    if (parts.length > (compact ? 1 : 3)) {
      var more = document.createElement('li');
      more.className = 'result-more';
      more.textContent = say('js_more_parts', { one: 'and {count} more place on this page', other: 'and {count} more places on this page' }, { count: parts.length - (compact ? 1 : 3) });
      list.appendChild(more);
    }
    item.appendChild(list);
    return item;
  }

  function results(count) {
    return say('js_results', { one: '{count} result', other: '{count} results' }, { count: count });
  }

  function setUpSearchPage(form) {
    var input = form.querySelector('input[name="q"]');
    var status = document.getElementById('search-status');
    var list = document.getElementById('search-results');
    if (!input || !status || !list) return;
    var params = new URLSearchParams(window.location.search);
    var initial = params.get('q') || '';
    input.value = initial;
    var timer = 0;
    // Ten at a time, as GOV.UK's search pages: each result shown is one more file to fetch.
    var LIMIT = 10;
    var more = document.createElement('button');
    more.type = 'button';
    more.className = 'search-more';
    more.hidden = true;
    list.insertAdjacentElement('afterend', more);
    var pending = [];

    function showMore() {
      var next = pending.slice(0, LIMIT);
      pending = pending.slice(LIMIT);
      more.hidden = true;
      return dataOf(next).then(function (shown) {
        var first = null;
        shown.forEach(function (result) {
          var item = resultItem(result, false);
          list.appendChild(item);
          first = first || item.querySelector('a');
        });
        offerMore();
        if (first) first.focus();
      });
    }

    function offerMore() {
      more.hidden = pending.length === 0;
      more.textContent = say('js_show_more', { one: 'Show {count} more result', other: 'Show {count} more results' }, { count: Math.min(LIMIT, pending.length) });
    }
    more.addEventListener('click', function () { showMore(); });

    function render(query) {
      var trimmed = query.trim();
      if (!trimmed) {
        status.textContent = '';
        list.textContent = '';
        pending = [];
        offerMore();
        return Promise.resolve();
      }
      status.textContent = say('js_searching', 'Searching…');
      return search(trimmed, LIMIT).then(function (found) {
        if (input.value.trim() !== trimmed) return; // the reader typed on
        list.textContent = '';
        found.results.forEach(function (result) { list.appendChild(resultItem(result, false)); });
        pending = found.hits.slice(LIMIT);
        offerMore();
        if (!found.count) {
          status.textContent = say('js_no_results_for', 'No results for “{query}”. Check the spelling, try fewer or other words, or browse below.', { query: trimmed });
        } else if (found.count > LIMIT) {
          status.textContent = say('js_results_for_limited', '{results} for “{query}”; the first {limit} are shown. Add words to narrow it down.', { results: results(found.count), query: trimmed, limit: LIMIT });
        } else {
          status.textContent = say('js_results_for', '{results} for “{query}”', { results: results(found.count), query: trimmed });
        }
      }).catch(function () {
        status.textContent = say('js_search_failed', 'Search could not load. Browse the site with the links below instead.');
      });
    }

    function remember(query) {
      var url = new URL(window.location.href);
      if (query.trim()) url.searchParams.set('q', query.trim());
      else url.searchParams.delete('q');
      window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    }

    input.addEventListener('focus', function () { loadSearch().catch(function () {}); });
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () { remember(input.value); render(input.value); }, 200);
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      clearTimeout(timer);
      remember(input.value);
      render(input.value);
    });
    if (initial.trim()) render(initial);
  }

  function setUpHeaderSearch(form) {
    var input = form.querySelector('input[name="q"]');
    var panel = form.querySelector('.search-suggestions');
    var status = form.querySelector('[aria-live]');
    if (!input || !panel) return;
    var timer = 0;
    var SHOWN = 6;

    function close() {
      panel.hidden = true;
      panel.textContent = '';
    }

    function render() {
      var query = input.value.trim();
      if (!query) { close(); if (status) status.textContent = ''; return; }
      search(query, SHOWN).then(function (found) {
        if (input.value.trim() !== query) return;
        var hits = found.results;
        panel.textContent = '';
        if (hits.length) {
          var list = document.createElement('ol');
          hits.forEach(function (result) { list.appendChild(resultItem(result, true)); });
          panel.appendChild(list);
          var all = document.createElement('p');
          all.className = 'suggest-all';
          var link = document.createElement('a');
          link.href = data.searchUrl + '?q=' + encodeURIComponent(query);
          link.textContent = found.count > SHOWN
            ? say('js_see_all', 'See all {count} results', { count: found.count })
            : say('js_open_results', 'Open these results on the search page');
          all.appendChild(link);
          panel.appendChild(all);
        } else {
          var none = document.createElement('p');
          none.className = 'suggest-empty';
          none.textContent = say('js_no_results_for_short', 'No results for “{query}”.', { query: query });
          panel.appendChild(none);
        }
        panel.hidden = false;
        if (status) {
          status.textContent = hits.length
            ? say('js_results_tab', '{results}: press Tab to reach them.', { results: results(found.count) })
            : say('js_no_results', 'No results.');
        }
      }).catch(function () {
        close();
        if (status) status.textContent = say('js_search_failed_header', 'Search could not load; press Enter to open the search page.');
      });
    }

    input.addEventListener('focus', function () { loadSearch().catch(function () {}); });
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(render, 150);
    });
    form.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && !panel.hidden) {
        event.preventDefault(); // closes the results only; a second Escape clears the box
        close();
        input.focus();
      }
    });
    form.addEventListener('focusout', function (event) {
      if (!form.contains(event.relatedTarget)) setTimeout(function () {
        if (!form.contains(document.activeElement)) close();
      }, 0);
    });
    document.addEventListener('pointerdown', function (event) {
      if (!form.contains(event.target)) close();
    });
  }

  // ---------- Printing: open the collapsed parts so they are printed too ----------

  function setUpPrinting() {
    var opened = [];
    window.addEventListener('beforeprint', function () {
      document.querySelectorAll('details:not([open])').forEach(function (details) {
        details.open = true;
        opened.push(details);
      });
    });
    window.addEventListener('afterprint', function () {
      opened.forEach(function (details) { details.open = false; });
      opened = [];
    });
  }

  // ---------- Folded parts: open where there is room ----------

  /**
   * The contents list and a document's provenance and opening lines are closed in the HTML, so
   * that a phone shows the text first. On a wide screen they sit beside the text: open them.
   */
  function openWhereWide() {
    if (!window.matchMedia || !window.matchMedia('(min-width: 64rem)').matches) return;
    document.querySelectorAll('details[data-open-wide]').forEach(function (details) {
      details.open = true;
    });
  }

  // ---------- Start ----------

  function start() {
    openWhereWide();
    setUpPreviews();
    document.querySelectorAll('form[data-search="page"]').forEach(setUpSearchPage);
    document.querySelectorAll('form[data-search="header"]').forEach(setUpHeaderSearch);
    setUpPrinting();
  }

  window.accord = { loadSearch: loadSearch, search: search };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
