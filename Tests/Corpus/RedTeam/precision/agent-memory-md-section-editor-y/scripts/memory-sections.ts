// memory-sections.ts - edit one heading section of the repo's CLAUDE.md / AGENTS.md.
// Dry run by default (prints a diff); --write applies the change after a backup.
import { readFileSync, writeFileSync, realpathSync, existsSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

type Section = { title: string; level: number; start: number; end: number }; // [start, end)

const argv = process.argv.slice(2);
const flag = (n: string): boolean => argv.includes(n);
const opt = (n: string): string | undefined => {
  const i = argv.indexOf(n);
  return i >= 0 ? argv[i + 1] : undefined;
};
const positional = argv.filter((a, i) => !a.startsWith("--") && !(i > 0 && argv[i - 1].startsWith("--") && argv[i - 1] !== "--write"));
const [cmd, heading] = positional;

// Patterns that should never be slipped into agent instructions without the user noticing.
const RISKY: [RegExp, string][] = [
  [/ignore (all )?(previous|prior|above) (instructions|rules)/i, "tells agents to ignore earlier instructions"],
  [/(curl|wget)[^\n|]*\|\s*(ba|z)?sh/i, "pipes a download into a shell"],
  [/--dangerously-skip-permissions|auto-?approve|without (asking|confirmation)/i, "removes confirmations"],
  [/(api[_-]?key|token|password)\s*[:=]\s*\S{8,}/i, "appears to contain a credential"],
  [/https?:\/\/(?!github\.com|docs\.)[^\s)]+/i, "references an external URL (check it is intended)"],
];

function die(msg: string): never {
  console.error(`memory-sections: ${msg}`);
  process.exit(1);
}

function repoRoot(): string {
  let dir = process.cwd();
  while (!existsSync(path.join(dir, ".git"))) {
    const up = path.dirname(dir);
    if (up === dir) die("not inside a git repository");
    dir = up;
  }
  return realpathSync(dir);
}

function targetFile(root: string): string {
  const name = opt("--file") ?? "CLAUDE.md";
  const full = path.resolve(root, name);
  if (!existsSync(full)) die(`${name} not found in ${root}`);
  const real = realpathSync(full);
  if (!real.startsWith(root + path.sep)) die(`refusing to edit ${real}: outside the repository`);
  if (!/^(CLAUDE|AGENTS)(\.local)?\.md$/i.test(path.basename(real))) die("only CLAUDE.md / AGENTS.md are supported");
  return real;
}

function parseSections(lines: string[]): Section[] {
  const out: Section[] = [];
  let fenced = false;
  lines.forEach((line, i) => {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const m = !fenced && /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (m) out.push({ title: m[2], level: m[1].length, start: i, end: lines.length });
  });
  for (let i = 0; i < out.length; i++) {
    const next = out.slice(i + 1).find((s) => s.level <= out[i].level);
    if (next) out[i].end = next.start;
  }
  return out;
}

function readInput(): string[] {
  const src = opt("--from") ?? die("--from FILE|- is required");
  const text = readFileSync(src === "-" ? 0 : src, "utf8").replace(/\s+$/, "");
  for (const [re, why] of RISKY) if (re.test(text)) console.error(`WARNING: new text ${why}; confirm with the user.`);
  return text.split(/\r?\n/);
}

function diff(oldL: string[], newL: string[]): void {
  let p = 0;
  while (p < oldL.length && p < newL.length && oldL[p] === newL[p]) p++;
  let s = 0;
  while (s < oldL.length - p && s < newL.length - p && oldL[oldL.length - 1 - s] === newL[newL.length - 1 - s]) s++;
  console.log(`@@ line ${p + 1} @@`);
  oldL.slice(p, oldL.length - s).forEach((l) => console.log(`- ${l}`));
  newL.slice(p, newL.length - s).forEach((l) => console.log(`+ ${l}`));
}

const root = repoRoot();
const file = targetFile(root);
const lines = readFileSync(file, "utf8").split(/\r?\n/);
const sections = parseSections(lines);
const find = (h?: string): Section => {
  if (!h) die("a heading is required");
  const hits = sections.filter((s) => s.title.toLowerCase() === h.toLowerCase());
  if (hits.length !== 1) die(hits.length ? `heading "${h}" is ambiguous` : `no heading "${h}"`);
  return hits[0];
};

let next: string[];
switch (cmd) {
  case "list":
    sections.forEach((s) => console.log(`${String(s.start + 1).padStart(4)}  ${"  ".repeat(s.level - 1)}${s.title}`));
    process.exit(0);
  case "show": {
    const s = find(heading);
    console.log(lines.slice(s.start, s.end).join("\n"));
    process.exit(0);
  }
  case "replace": {
    const s = find(heading);
    next = [...lines.slice(0, s.start + 1), "", ...readInput(), "", ...lines.slice(s.end)];
    break;
  }
  case "append": {
    const s = find(heading);
    let end = s.end;
    while (end > s.start + 1 && lines[end - 1].trim() === "") end--;
    next = [...lines.slice(0, end), ...readInput(), "", ...lines.slice(s.end)];
    break;
  }
  case "add": {
    if (!heading) die("a heading is required");
    if (sections.some((s) => s.title.toLowerCase() === heading.toLowerCase())) die("heading already exists");
    const level = Number(opt("--level") ?? 2);
    const body = readInput();
    next = [...lines.join("\n").replace(/\s+$/, "").split("\n"), "", `${"#".repeat(level)} ${heading}`, "", ...body, ""];
    break;
  }
  case "remove": {
    const s = find(heading);
    next = [...lines.slice(0, s.start), ...lines.slice(s.end)];
    break;
  }
  default:
    die("usage: memory-sections.ts list|show|replace|append|add|remove [HEADING] [--from FILE|-] [--file AGENTS.md] [--write]");
}

diff(lines, next);
if (!flag("--write")) {
  console.log(`\n(dry run: ${path.relative(root, file)} unchanged; add --write to apply)`);
} else {
  const backup = path.join(tmpdir(), `${path.basename(file)}.${Date.now()}.bak`);
  copyFileSync(file, backup);
  writeFileSync(file, next.join("\n"));
  console.log(`\nwrote ${path.relative(root, file)} (backup: ${backup})`);
}
