#!/usr/bin/env -S npx tsx
/**
 * Extract translatable strings into a locale catalog.
 *
 *   npx tsx scripts/extract.ts src --locale en --format json --out locales/en.json
 */
import fg from "fast-glob";
import { existsSync } from "node:fs";
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { getFormatter } from "./formatters/index.js";
import type { Catalog } from "./formatters/types.js";

const PATTERNS: RegExp[] = [
  /\bt\(\s*(['"`])([^'"`]+)\1/g,
  /\bi18n\.t\(\s*(['"`])([^'"`]+)\1/g,
  /<Trans[^>]*\bi18nKey=(["'])([^"']+)\1/g,
  /\bid:\s*(['"])([^'"]+)\1\s*,\s*defaultMessage:/g,
];
const DEFAULT_MSG = /\bid:\s*(['"])([^'"]+)\1\s*,\s*defaultMessage:\s*(['"`])([^'"`]*)\3/g;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      locale: { type: "string", default: "en" },
      format: { type: "string", default: "json" },
      out: { type: "string" },
      merge: { type: "boolean", default: true },
      check: { type: "boolean", default: false },
    },
  });
  const root = process.cwd();
  const srcDirs = positionals.length ? positionals : ["src"];
  const formatter = await getFormatter(values.format!, root, values.locale!);
  const out = resolve(values.out ?? `locales/${values.locale}.${formatter.extension}`);

  const files = await fg(srcDirs.map((d) => `${d}/**/*.{ts,tsx,js,jsx}`), {
    ignore: ["**/node_modules/**", "**/*.d.ts", "**/dist/**"],
  });

  const found: Catalog = { locale: values.locale!, entries: {} };
  const conflicts = new Map<string, Set<string>>();
  for (const file of files) {
    const text = await readFile(file, "utf8");
    const rel = relative(root, file);
    for (const re of PATTERNS) {
      for (const m of text.matchAll(re)) {
        const key = m[2];
        const entry = (found.entries[key] ??= { key, files: [] });
        if (!entry.files.includes(rel)) entry.files.push(rel);
      }
    }
    for (const m of text.matchAll(DEFAULT_MSG)) {
      const entry = found.entries[m[2]];
      if (entry.defaultMessage && entry.defaultMessage !== m[4]) {
        (conflicts.get(m[2]) ?? conflicts.set(m[2], new Set([entry.defaultMessage])).get(m[2])!).add(m[4]);
      }
      entry.defaultMessage ??= m[4];
    }
  }

  const existing: Catalog | null = existsSync(out) ? formatter.parse(await readFile(out, "utf8")) : null;
  let newKeys = 0;
  let obsolete = 0;
  if (existing && values.merge) {
    for (const [key, e] of Object.entries(found.entries)) {
      if (existing.entries[key]) e.translation = existing.entries[key].translation;
      else newKeys++;
    }
    for (const key of Object.keys(existing.entries)) {
      if (!found.entries[key]) {
        found.entries[key] = { ...existing.entries[key], obsolete: true };
        obsolete++;
      }
    }
  } else {
    newKeys = Object.keys(found.entries).length;
  }

  if (values.check) {
    if (newKeys > 0) {
      console.error(`${newKeys} key(s) missing from ${relative(root, out)}`);
      return 1;
    }
    return 0;
  }

  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, formatter.serialize(found), "utf8");
  console.log(JSON.stringify({
    catalog: relative(root, out),
    keys: Object.keys(found.entries).length,
    new: newKeys,
    obsolete,
    conflicts: Object.fromEntries([...conflicts].map(([k, v]) => [k, [...v]])),
  }, null, 2));
  return 0;
}

main().then((code) => process.exit(code));
