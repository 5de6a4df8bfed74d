#!/usr/bin/env node
// Markdown link checker.
import { readFileSync, statSync, readdirSync } from "node:fs";
import { join, resolve, dirname, extname } from "node:path";
import MarkdownIt from "markdown-it";
import GithubSlugger from "github-slugger";
import pLimit from "p-limit";
import { loadConfig } from "./lib/config.mjs";
import { head } from "./lib/http.mjs";
import { primeCache } from "./lib/cache.mjs";

const args = process.argv.slice(2);
const flag = (n, d) => { const i = args.indexOf(n); return i >= 0 ? args[i + 1] : d; };
const format = flag("--format", "table");
const timeout = Number(flag("--timeout", 8000));
const external = !args.includes("--no-external");
const targets = args.filter((a, i) => !a.startsWith("--") && !["--format", "--timeout"].includes(args[i - 1]));

function walk(p, out = []) {
  const st = statSync(p);
  if (st.isDirectory()) {
    for (const e of readdirSync(p)) if (!e.startsWith(".") && e !== "node_modules") walk(join(p, e), out);
  } else if ([".md", ".markdown"].includes(extname(p))) out.push(resolve(p));
  return out;
}

const md = new MarkdownIt();
function extract(file) {
  const src = readFileSync(file, "utf8");
  const tokens = md.parse(src, {});
  const links = [], slugs = new Set(), slugger = new GithubSlugger();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === "heading_open") slugs.add(slugger.slug(tokens[i + 1].content));
    for (const c of t.children || []) if (c.type === "link_open") links.push(c.attrGet("href"));
  }
  return { links, slugs };
}

const cfg = loadConfig();
const redirects = external ? await primeCache(cfg) : new Map();
const limit = pLimit(cfg.concurrency);
const files = (targets.length ? targets : ["."]).flatMap((t) => walk(t));
const index = new Map(files.map((f) => [f, extract(f)]));
const results = [];

await Promise.all(files.flatMap((f) => index.get(f).links.map((href) => limit(async () => {
  if (!href) return;
  if (href.startsWith("#")) {
    if (!index.get(f).slugs.has(href.slice(1))) results.push({ file: f, href, status: "anchor-missing" });
  } else if (/^https?:/.test(href)) {
    if (!external) return;
    if (redirects.has(href)) return results.push({ file: f, href, status: 301, to: redirects.get(href) });
    const r = await head(href, { timeout, ua: cfg.userAgent });
    if (r.status >= 300 || r.status === 0) results.push({ file: f, href, status: r.status || r.error, to: r.location });
  } else if (!href.startsWith("mailto:")) {
    const [p, anchor] = href.split("#");
    const target = resolve(dirname(f), decodeURI(p));
    try { statSync(target); } catch { return results.push({ file: f, href, status: "file-missing" }); }
    if (anchor && index.has(target) && !index.get(target).slugs.has(anchor)) results.push({ file: f, href, status: "anchor-missing" });
  }
}))));

if (format === "json") console.log(JSON.stringify(results, null, 2));
else for (const r of results) console.log(`${r.status}\t${r.href}\t${r.file}${r.to ? `\t-> ${r.to}` : ""}`);
process.exitCode = results.length ? 1 : 0;
