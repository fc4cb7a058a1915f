(function () {
  "use strict";
  // Injected by `accord serve` only; never part of a built site.
  var script = document.currentScript;
  if (!script || !window.EventSource) return;
  var build = script.getAttribute("data-accord-build");
  var source = new EventSource(script.getAttribute("data-accord-events"));
  var overlay = null;

  function showError(text) {
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.id = "accord-error-overlay";
      overlay.setAttribute("role", "alert");
      // Every colour is set here, on each element: the site's own stylesheet (a theme's `pre`
      // background, light or dark) must not reach the overlay and make its text unreadable.
      overlay.style.cssText =
        "position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;padding:1.5rem;" +
        "background:#181818;color:#f5f5f5;text-align:left;color-scheme:dark;" +
        "font:14px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace";
      var title = document.createElement("p");
      title.style.cssText =
        "margin:0 0 1rem;padding:0;font:inherit;font-weight:bold;color:#ff9e80;background:none;max-width:none";
      // In the page's language when the page carries its strings (js_overlay in the theme's
      // i18n/LANG.yaml), else in English.
      var strings = {};
      try {
        strings = JSON.parse((document.body && document.body.getAttribute("data-strings")) || "{}") || {};
      } catch (error) {
        strings = {};
      }
      title.textContent =
        strings.js_overlay ||
        "accord serve: the site could not be rebuilt. The last good version stays served; " +
          "this page reloads by itself once the error is fixed.";
      var report = document.createElement("pre");
      report.style.cssText =
        "margin:0;padding:0;border:0;white-space:pre-wrap;overflow:visible;font:inherit;" +
        "color:#f5f5f5;background:none;max-width:none";
      overlay.appendChild(title);
      overlay.appendChild(report);
      (document.body || document.documentElement).appendChild(overlay);
    }
    // textContent, never innerHTML: the report quotes the author's files verbatim.
    overlay.lastChild.textContent = text;
  }

  function hideError() {
    if (overlay) {
      overlay.remove();
      overlay = null;
    }
  }

  function sameOrigin(link) {
    return new URL(link.href, location.href).origin === location.origin;
  }

  function swapStylesheets(files) {
    var links = Array.prototype.slice
      .call(document.querySelectorAll('link[rel~="stylesheet"]'))
      .filter(sameOrigin);
    var changed = links.filter(function (link) {
      return files.indexOf(new URL(link.href, location.href).pathname) >= 0;
    });
    // A changed file that no link names (one pulled in by @import) can only be reached
    // by reloading every sheet of the site.
    var stamp = String(Date.now());
    (changed.length ? changed : links).forEach(function (link) {
      var url = new URL(link.href, location.href);
      url.searchParams.set("accord-reload", stamp);
      link.href = url.href;
    });
  }

  source.addEventListener("open", function () {
    document.documentElement.setAttribute("data-accord-live", "connected");
  });
  source.addEventListener("hello", function (event) {
    // A change that happened while this page was loading was never sent to it.
    if (event.data !== build) location.reload();
  });
  source.addEventListener("reload", function () {
    source.close();
    location.reload();
  });
  source.addEventListener("css", function (event) {
    var change = JSON.parse(event.data);
    build = change.build;
    hideError();
    swapStylesheets(change.files);
  });
  source.addEventListener("error", function (event) {
    // The same name is used by EventSource for connection errors, which carry no data.
    if (typeof event.data === "string") showError(event.data);
  });
})();
