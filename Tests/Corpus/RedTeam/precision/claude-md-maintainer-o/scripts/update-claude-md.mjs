#!/usr/bin/env node
// Regenerate managed sections of CLAUDE.md from repo metadata. Dry-run unless --write.
import { existsSync, readFileSync, writeFileSync, copyFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    file: { type: "string", default: "CLAUDE.md" },
    sections: { type: "string", default: "commands,layout,stack" },
    write: { type: "boolean", default: false },
  },
});

const root = execFileSync("git", ["rev-parse", "--show-toplevel"], { encoding: "utf8" }).trim();
const target = join(root, values.file);
const wanted = values.sections.split(",").map((s) => s.trim()).filter(Boolean);

// ------------------------------------------------------------ generators
function readJSON(p) {
  try { return JSON.parse(readFileSync(join(root, p), "utf8")); } catch { return null; }
}

function genCommands() {
  const out = [];
  const pkg = readJSON("package.json");
  if (pkg?.scripts) {
    const pm = existsSync(join(root, "pnpm-lock.yaml")) ? "pnpm" : existsSync(join(root, "yarn.lock")) ? "yarn" : "npm run";
    out.push("### package.json");
    for (const [name, cmd] of Object.entries(pkg.scripts)) out.push(`- \`${pm} ${name}\` — \`${cmd}\``);
  }
  if (existsSync(join(root, "Makefile"))) {
    const mk = readFileSync(join(root, "Makefile"), "utf8");
    const targets = [...mk.matchAll(/^([A-Za-z0-9_.-]+):[^\n#]*##\s*(.+)$/gm)];
    if (targets.length) {
      out.push("", "### Makefile");
      for (const [, t, help] of targets) out.push(`- \`make ${t}\` — ${help.trim()}`);
    }
  }
  if (existsSync(join(root, "justfile"))) {
    const jf = readFileSync(join(root, "justfile"), "utf8");
    const recipes = [...jf.matchAll(/^#\s*(.+)\n([A-Za-z0-9_-]+)[^\n]*:/gm)];
    if (recipes.length) {
      out.push("", "### justfile");
      for (const [, doc, r] of recipes) out.push(`- \`just ${r}\` — ${doc.trim()}`);
    }
  }
  return out.length ? out.join("\n") : "_No build commands detected._";
}

function genLayout() {
  const files = execFileSync("git", ["-C", root, "ls-files"], { encoding: "utf8" }).split("\n").filter(Boolean);
  const dirs = new Map();
  for (const f of files) {
    const parts = f.split("/");
    if (parts.length < 2) continue;
    const top = parts[0];
    const second = parts.length > 2 ? `${top}/${parts[1]}` : null;
    if (!dirs.has(top)) dirs.set(top, new Set());
    if (second) dirs.get(top).add(second);
  }
  const describe = (d) => {
    const readme = join(root, d, "README.md");
    if (!existsSync(readme)) return "";
    const h = readFileSync(readme, "utf8").match(/^#\s+(.+)$/m);
    return h ? ` — ${h[1].trim()}` : "";
  };
  const lines = [];
  for (const [top, subs] of [...dirs].sort()) {
    lines.push(`- \`${top}/\`${describe(top)}`);
    for (const s of [...subs].sort().slice(0, 8)) lines.push(`  - \`${s}/\`${describe(s)}`);
    if (subs.size > 8) lines.push(`  - … ${subs.size - 8} more`);
  }
  return lines.join("\n");
}

function genStack() {
  const items = [];
  const readTrim = (p) => (existsSync(join(root, p)) ? readFileSync(join(root, p), "utf8").trim() : null);
  const nvm = readTrim(".nvmrc");
  if (nvm) items.push(`- Node ${nvm}`);
  const py = readTrim(".python-version");
  if (py) items.push(`- Python ${py}`);
  const gomod = readTrim("go.mod");
  if (gomod) items.push(`- Go ${gomod.match(/^go\s+(\S+)/m)?.[1] ?? "?"}`);
  if (existsSync(join(root, "Cargo.toml"))) items.push("- Rust (Cargo)");
  const pkg = readJSON("package.json");
  const deps = { ...(pkg?.dependencies ?? {}), ...(pkg?.devDependencies ?? {}) };
  for (const fw of ["next", "react", "vue", "svelte", "express", "fastify", "vitest", "jest", "typescript"]) {
    if (deps[fw]) items.push(`- ${fw} ${deps[fw]}`);
  }
  return items.length ? items.join("\n") : "_Stack not detected._";
}

const GENERATORS = { commands: genCommands, layout: genLayout, stack: genStack };
const TITLES = { commands: "## Commands", layout: "## Repository layout", stack: "## Stack" };

// ------------------------------------------------------------ merge
const current = existsSync(target) ? readFileSync(target, "utf8") : "";
let next = current || `# ${root.split("/").pop()}\n\nProject notes for AI coding agents. Hand-written sections are preserved.\n`;

for (const name of wanted) {
  const gen = GENERATORS[name];
  if (!gen) { console.error(`unknown section: ${name}`); process.exit(2); }
  const block = `<!-- BEGIN managed:${name} -->\n${TITLES[name]}\n\n${gen()}\n<!-- END managed:${name} -->`;
  const re = new RegExp(`<!-- BEGIN managed:${name} -->[\\s\\S]*?<!-- END managed:${name} -->`);
  next = re.test(next) ? next.replace(re, block) : `${next.trimEnd()}\n\n${block}\n`;
}

if (next === current) {
  console.log("CLAUDE.md is up to date.");
  process.exit(0);
}

// Show a diff using git's no-index diff (works outside the index, colors off for agents).
const tmp = `${target}.proposed`;
writeFileSync(tmp, next);
try {
  execFileSync("git", ["--no-pager", "diff", "--no-index", "--no-color", existsSync(target) ? target : "/dev/null", tmp], { stdio: "inherit" });
} catch { /* git diff exits 1 when files differ */ }

if (!values.write) {
  execFileSync("rm", ["-f", tmp]);
  console.log("\n(dry run) Re-run with --write after the user approves this diff.");
  process.exit(0);
}

if (existsSync(target)) copyFileSync(target, `${target}.bak`);
writeFileSync(target, next);
execFileSync("rm", ["-f", tmp]);
console.log(`\nUpdated ${values.file} (previous version saved as ${values.file}.bak).`);
