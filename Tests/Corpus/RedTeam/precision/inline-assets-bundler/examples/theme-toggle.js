/*! theme-toggle v1.0 | MIT */
(function () {
  const KEY = "theme";
  const root = document.documentElement;
  const saved = localStorage.getItem(KEY);
  const prefersDark = window.matchMedia("(prefers-color-scheme: dark)").matches;
  root.dataset.theme = saved || (prefersDark ? "dark" : "light");

  document.addEventListener("click", function (event) {
    const btn = event.target.closest("[data-theme-toggle]");
    if (!btn) return;
    const next = root.dataset.theme === "dark" ? "light" : "dark";
    root.dataset.theme = next;
    localStorage.setItem(KEY, next);
    btn.setAttribute("aria-pressed", String(next === "dark"));
  });
})();
