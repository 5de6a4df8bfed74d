#!/usr/bin/env -S npx tsx
/**
 * Glossary pre/post pass.
 *   --in <file> --out <file> --locale <code>           protect terms with placeholders
 *   --in <file> --locale <code> --restore               restore placeholders to target terms
 */
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

interface Entry {
  source: string;
  targets?: Record<string, string>;
  do_not_translate?: boolean;
  notes?: string;
}

interface Glossary {
  version: string;
  entries: Entry[];
}

const here = dirname(fileURLToPath(import.meta.url));
const glossaryPath = join(here, "..", "glossary", "glossary.json");

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const input = arg("in");
const locale = arg("locale");
const restore = process.argv.includes("--restore");
if (!input || !locale) {
  console.error("usage: apply_glossary.ts --in <file> --locale <code> [--out <file>] [--restore]");
  process.exit(2);
}

const glossary: Glossary = JSON.parse(readFileSync(glossaryPath, "utf8"));
const terms = glossary.entries
  .filter((e) => !e.source.startsWith("_"))
  .sort((a, b) => b.source.length - a.source.length);

const mapPath = `${input}.map.json`;

if (!restore) {
  let text = readFileSync(input, "utf8");
  const map: Record<string, string> = {};
  let applied = 0;
  terms.forEach((entry, idx) => {
    const token = `⟦G${idx}⟧`;
    const replacement = entry.do_not_translate ? entry.source : entry.targets?.[locale] ?? entry.source;
    const re = new RegExp(`\\b${escapeRe(entry.source)}\\b`, entry.source[0] === entry.source[0].toUpperCase() ? "g" : "gi");
    const before = text;
    text = text.replace(re, token);
    if (before !== text) {
      map[token] = replacement;
      applied += (before.match(re) || []).length;
    }
  });
  const out = arg("out") ?? input;
  writeFileSync(out, text);
  writeFileSync(`${out}.map.json`, JSON.stringify(map, null, 2));
  console.log(`protected ${applied} glossary occurrences (${Object.keys(map).length} terms) -> ${out}`);
} else {
  if (!existsSync(mapPath)) {
    console.error(`no placeholder map at ${mapPath}`);
    process.exit(1);
  }
  const map: Record<string, string> = JSON.parse(readFileSync(mapPath, "utf8"));
  let text = readFileSync(input, "utf8");
  let restored = 0;
  for (const [token, value] of Object.entries(map)) {
    const parts = text.split(token);
    restored += parts.length - 1;
    text = parts.join(value);
  }
  writeFileSync(input, text);
  const leftovers = text.match(/⟦G\d+⟧/g) ?? [];
  console.log(`restored ${restored} placeholders in ${input}`);
  if (leftovers.length) console.warn(`warning: ${leftovers.length} unresolved placeholders`);
}
