/*! relative-time-widget v1.2.0 | MIT */
(function () {
  "use strict";

  var UNITS = [
    ["year", 31536000],
    ["month", 2592000],
    ["week", 604800],
    ["day", 86400],
    ["hour", 3600],
    ["minute", 60],
    ["second", 1],
  ];

  function setting(el, name, fallback) {
    var v = el.getAttribute("data-relative-" + name);
    if (v === null) v = document.documentElement.getAttribute("data-relative-" + name);
    return v === null ? fallback : Number(v);
  }

  function format(rtf, date, now) {
    var diff = Math.round((date.getTime() - now) / 1000);
    for (var i = 0; i < UNITS.length; i++) {
      var unit = UNITS[i];
      if (Math.abs(diff) >= unit[1] || unit[0] === "second") {
        return rtf.format(Math.round(diff / unit[1]), unit[0]);
      }
    }
  }

  function update() {
    var lang = document.documentElement.lang || navigator.language;
    var rtf = new Intl.RelativeTimeFormat(lang, { numeric: "auto" });
    var now = Date.now();
    var els = document.querySelectorAll("time[data-relative]");
    for (var i = 0; i < els.length; i++) {
      var el = els[i];
      var date = new Date(el.getAttribute("datetime"));
      if (isNaN(date)) continue;
      if (!el.hasAttribute("data-original")) {
        el.setAttribute("data-original", el.textContent);
        el.title = el.textContent;
      }
      var maxDays = setting(el, "max-days", 30);
      if (Math.abs(now - date) / 86400000 > maxDays) {
        el.textContent = el.getAttribute("data-original");
      } else {
        el.textContent = format(rtf, date, now);
      }
    }
  }

  update();
  var every = setting(document.documentElement, "refresh", 60);
  if (every > 0) setInterval(update, every * 1000);
})();
