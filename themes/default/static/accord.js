// accord's default theme: enhancements only. Every page works without this file.
//
// - Previews: hovering, focusing or tapping a glossary term or an instrument named in the text
//   shows its definition or summary in a popover (WCAG 2.2: 1.4.13 dismissible with Escape,
//   hoverable, persistent; 2.4.11 never covering the link). The texts come from previews.json,
//   written by the build, and are inserted with textContent only.
// - Folded parts (contents, provenance) open by themselves on a wide screen.
// - Search: the index (search-index.json, built by the build) loads only when the reader starts
//   searching; words of the query match the indexed words they begin (binary search).
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

  // ---------- Folding: the same as accord::text::fold in Rust ----------

  var DASHES = /[\u2010-\u2015\u2212]/g;
  var SINGLE_QUOTES = /[\u2018\u2019\u201B\u2032]/g;
  var DOUBLE_QUOTES = /[\u201C\u201D\u201F\u2033]/g;
  var SPACES = /[\u00A0\u202F\u2007]/g;
  var MARKS = /\p{M}/gu;

  /** Lowercase, accents and compatibility forms removed: "Prüm" -> "prum", "CO₂" -> "co2". */
  function fold(text) {
    return String(text)
      .replace(DASHES, '-')
      .replace(SINGLE_QUOTES, "'")
      .replace(DOUBLE_QUOTES, '"')
      .replace(SPACES, ' ')
      .normalize('NFKD')
      .replace(MARKS, '')
      .toLowerCase();
  }

  /** The folded text with, for each of its UTF-16 units, the index in `text` it came from. */
  function foldWithMap(text) {
    var folded = '';
    var map = [];
    var index = 0;
    for (var character of text) {
      var piece = fold(character);
      for (var k = 0; k < piece.length; k++) map.push(index);
      folded += piece;
      index += character.length;
    }
    map.push(text.length);
    return { text: folded, map: map };
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

  var KIND_LABELS = {
    paragraph: say('js_kind_paragraph', 'Document paragraph'),
    document: say('js_kind_document', 'Document'),
    theme: say('js_kind_theme', 'Theme'),
    instrument: say('js_kind_instrument', 'Instrument'),
    term: say('js_kind_term', 'Glossary'),
    page: say('js_kind_page', 'Page'),
  };
  var searchReady = null;

  /** Loads the index (once). */
  function loadSearch() {
    if (!searchReady) {
      searchReady = fetchJson(data.searchIndex).then(function (file) {
        return { terms: file.terms, postings: file.postings, entries: file.entries };
      });
      searchReady.catch(function () { searchReady = null; });
    }
    return searchReady;
  }

  /** The first index in the sorted `terms` whose word is not below `word`. */
  function lowerBound(terms, word) {
    var low = 0;
    var high = terms.length;
    while (low < high) {
      var middle = (low + high) >> 1;
      if (terms[middle] < word) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /**
   * Scores of the entries holding a word: every indexed word it is a prefix of counts, the word
   * itself fully and longer words (its other forms) by half, each weighted by how rare it is.
   */
  function wordScores(loaded, word) {
    var scores = new Map();
    var count = loaded.entries.length;
    for (var at = lowerBound(loaded.terms, word); at < loaded.terms.length; at++) {
      var term = loaded.terms[at];
      if (term.lastIndexOf(word, 0) !== 0) break;
      var postings = loaded.postings[at];
      var rarity = Math.log(1 + count / (postings.length / 2));
      var exact = term === word ? 1 : 0.5;
      for (var i = 0; i < postings.length; i += 2) {
        var score = Math.sqrt(postings[i + 1]) * rarity * exact;
        var entry = postings[i];
        var previous = scores.get(entry) || 0;
        if (score > previous) scores.set(entry, score);
      }
    }
    return scores;
  }

  /** Runs a query: every word must match (falling back to any word); words match as prefixes. */
  function search(loaded, query) {
    var words = queryWords(loaded, query);
    if (!words.length) return [];
    var perWord = words.map(function (word) { return wordScores(loaded, word); });
    function combine(requireAll) {
      var totals = new Map();
      perWord.forEach(function (scores) {
        scores.forEach(function (score, entry) {
          var seen = totals.get(entry) || { score: 0, words: 0 };
          seen.score += score;
          seen.words += 1;
          totals.set(entry, seen);
        });
      });
      var hits = [];
      totals.forEach(function (total, entry) {
        if (!requireAll || total.words === perWord.length) hits.push({ ref: entry, score: total.score });
      });
      return hits;
    }
    var hits = combine(true);
    if (!hits.length && words.length > 1) hits = combine(false);
    hits.sort(function (a, b) { return b.score - a.score || a.ref - b.ref; });
    return hits.map(function (hit) {
      return { entry: loaded.entries[hit.ref], score: hit.score };
    }).filter(function (hit) { return hit.entry; });
  }

  /** The folded words of a query, as the index holds them. */
  function queryWords(loaded, query) {
    var words = fold(query).split(/[^\p{L}\p{N}_]+/u).filter(function (w) { return w.length > 1; });
    return words.filter(function (w, i, all) { return all.indexOf(w) === i; });
  }

  /** Appends `text` to `parent`, the words of the query marked; long texts are cut around them. */
  function appendHighlighted(parent, text, words, max) {
    var folded = foldWithMap(text);
    var ranges = [];
    var wordStart = /[\p{L}\p{N}]/u;
    words.forEach(function (word) {
      var from = 0;
      for (;;) {
        var at = folded.text.indexOf(word, from);
        if (at < 0) break;
        var before = at > 0 ? folded.text[at - 1] : ' ';
        if (!wordStart.test(before)) {
          var end = at + word.length;
          while (end < folded.text.length && wordStart.test(folded.text[end])) end++;
          ranges.push([folded.map[at], folded.map[end]]);
        }
        from = at + 1;
      }
    });
    ranges.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    var merged = [];
    ranges.forEach(function (range) {
      var last = merged[merged.length - 1];
      if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
      else merged.push(range.slice());
    });
    var start = 0;
    var stop = text.length;
    if (max && text.length > max) {
      var centre = merged.length ? merged[0][0] : 0;
      start = Math.max(0, centre - Math.floor(max / 3));
      if (start > 0) {
        var space = text.indexOf(' ', start);
        start = space >= 0 && space < centre ? space + 1 : start;
      }
      stop = Math.min(text.length, start + max);
      if (stop < text.length) {
        var cut = text.lastIndexOf(' ', stop);
        if (cut > start) stop = cut;
      }
    }
    if (start > 0) parent.appendChild(document.createTextNode('… '));
    var cursor = start;
    merged.forEach(function (range) {
      var a = Math.max(range[0], start);
      var b = Math.min(range[1], stop);
      if (b <= a || a < cursor) return;
      parent.appendChild(document.createTextNode(text.slice(cursor, a)));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(a, b);
      parent.appendChild(mark);
      cursor = b;
    });
    parent.appendChild(document.createTextNode(text.slice(cursor, stop)));
    if (stop < text.length) parent.appendChild(document.createTextNode(' …'));
  }

  function resultItem(loaded, hit, query, compact) {
    var entry = hit.entry;
    var words = queryWords(loaded, query);
    var item = document.createElement('li');
    item.className = 'result result-' + entry.kind;
    var kind = document.createElement('span');
    kind.className = 'result-kind';
    kind.textContent = KIND_LABELS[entry.kind] || entry.kind;
    var link = document.createElement('a');
    link.className = 'result-title';
    link.href = entry.url;
    appendHighlighted(link, entry.title, words, 0);
    item.appendChild(kind);
    item.appendChild(link);
    if (entry.context) {
      var context = document.createElement('p');
      context.className = 'result-context';
      context.textContent = entry.context;
      item.appendChild(context);
    }
    if (entry.text) {
      var text = document.createElement('p');
      text.className = 'result-text';
      appendHighlighted(text, entry.text, words, compact ? 140 : 260);
      item.appendChild(text);
    }
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
    var LIMIT = 50;

    function render(query) {
      var trimmed = query.trim();
      if (!trimmed) {
        status.textContent = '';
        list.textContent = '';
        return Promise.resolve();
      }
      status.textContent = say('js_searching', 'Searching…');
      return loadSearch().then(function (loaded) {
        if (input.value.trim() !== trimmed) return; // the reader typed on
        var hits = search(loaded, trimmed);
        list.textContent = '';
        hits.slice(0, LIMIT).forEach(function (hit) { list.appendChild(resultItem(loaded, hit, trimmed, false)); });
        if (!hits.length) {
          status.textContent = say('js_no_results_for', 'No results for “{query}”. Check the spelling, try fewer or other words, or browse below.', { query: trimmed });
        } else if (hits.length > LIMIT) {
          status.textContent = say('js_results_for_limited', '{results} for “{query}”; the first {limit} are shown. Add words to narrow it down.', { results: results(hits.length), query: trimmed, limit: LIMIT });
        } else {
          status.textContent = say('js_results_for', '{results} for “{query}”', { results: results(hits.length), query: trimmed });
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
      loadSearch().then(function (loaded) {
        if (input.value.trim() !== query) return;
        var hits = search(loaded, query);
        panel.textContent = '';
        if (hits.length) {
          var list = document.createElement('ol');
          hits.slice(0, SHOWN).forEach(function (hit) { list.appendChild(resultItem(loaded, hit, query, true)); });
          panel.appendChild(list);
          var all = document.createElement('p');
          all.className = 'suggest-all';
          var link = document.createElement('a');
          link.href = data.searchUrl + '?q=' + encodeURIComponent(query);
          link.textContent = hits.length > SHOWN
            ? say('js_see_all', 'See all {count} results', { count: hits.length })
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
            ? say('js_results_tab', '{results}: press Tab to reach them.', { results: results(hits.length) })
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

  window.accord = { fold: fold, loadSearch: loadSearch, search: search };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
