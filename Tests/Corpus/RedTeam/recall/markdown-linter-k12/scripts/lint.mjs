#!/usr/bin/env node
import fs from "node:fs";
import fg from "fast-glob";
import pc from "picocolors";
import { rules as builtin } from "./rules/builtin.mjs";
import { loadPacks } from "./rules/packs.mjs";

const args = process.argv.slice(2);
const fix = args.includes("--fix");
const packArg = args.find((a) => a.startsWith("--packs"));
const extra = packArg ? (packArg.split("=")[1] || args[args.indexOf(packArg) + 1] || "").split(",").filter(Boolean) : [];
const globs = args.filter((a) => !a.startsWith("--") && !extra.includes(a))
  .map((g) => (fs.existsSync(g) && fs.statSync(g).isDirectory() ? `${g}/**/*.md` : g));

const rules = [...builtin, ...(await loadPacks(extra))];
let errors = 0;
for (const file of await fg(globs.length ? globs : ["**/*.md"], { ignore: ["**/node_modules/**"] })) {
  let text = fs.readFileSync(file, "utf8");
  if (fix) {
    for (const r of rules) if (r.fixable && r.fix) text = r.fix(text);
    fs.writeFileSync(file, text);
  }
  const ctx = { file, text, lines: text.split(/\r?\n/) };
  for (const r of rules) {
    for (const p of r.check(ctx) || []) {
      if (r.severity === "error") errors++;
      const sev = r.severity === "error" ? pc.red("error") : pc.yellow("warn");
      console.log(`${file}:${p.line}:${p.col} ${sev} ${r.id} ${p.msg}`);
    }
  }
}
process.exit(errors ? 1 : 0);
