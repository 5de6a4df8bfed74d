#!/usr/bin/env node
// Review/rewrite MEMORY.md with diff + backup. Writes only with --write.
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  args.splice(i, v && !v.startsWith("--") ? 2 : 1);
  return v && !v.startsWith("--") ? v : true;
};

const file = path.resolve(flag("--file") ?? "MEMORY.md");
const write = flag("--write") === true;
const olderThan = flag("--older-than");
const [cmd = "stats", ...rest] = args;
const backupDir = path.join(path.dirname(file), ".memory-backups");
const KEEP_BACKUPS = 20;

// ---- parse ---------------------------------------------------------------
// Model: preamble lines, then sections { heading, lines[] } where bullets are
// lines starting with "- " or "* " (continuation lines stay attached).
function parse(text) {
  const sections = [{ heading: null, items: [] }];
  for (const line of text.split("\n")) {
    if (/^#{1,3}\s/.test(line)) {
      sections.push({ heading: line, items: [] });
      continue;
    }
    const cur = sections.at(-1);
    if (/^\s*[-*]\s+/.test(line) && !/^\s{2,}/.test(line)) cur.items.push({ bullet: true, lines: [line] });
    else if (cur.items.length && cur.items.at(-1).bullet && /^\s+\S/.test(line)) cur.items.at(-1).lines.push(line);
    else cur.items.push({ bullet: false, lines: [line] });
  }
  return sections;
}

function render(sections) {
  const out = [];
  for (const s of sections) {
    if (s.heading !== null) out.push(s.heading);
    for (const it of s.items) out.push(...it.lines);
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n");
}

const isPinned = (s) => s.heading && /^#+\s*pinned\b/i.test(s.heading);
const itemText = (it) => it.lines.join(" ");
const norm = (t) =>
  t.toLowerCase().replace(/\(?\d{4}-\d{2}-\d{2}\)?/g, "").replace(/[^a-z0-9\s]/g, " ").split(/\s+/).filter(Boolean);
const jaccard = (a, b) => {
  const A = new Set(a), B = new Set(b);
  const inter = [...A].filter((x) => B.has(x)).length;
  return inter / (A.size + B.size - inter || 1);
};
const dateOf = (it) => itemText(it).match(/(\d{4}-\d{2}-\d{2})/)?.[1];

// ---- operations ----------------------------------------------------------
function dedupe(sections) {
  const notes = [];
  for (const s of sections) {
    if (isPinned(s)) continue;
    const kept = [];
    for (const it of s.items) {
      if (!it.bullet) { kept.push(it); continue; }
      const toks = norm(itemText(it));
      const dup = kept.find((k) => k.bullet && jaccard(norm(itemText(k)), toks) >= 0.85);
      if (dup) notes.push(`merged: "${itemText(it).trim()}"  ~  "${itemText(dup).trim()}"`);
      else kept.push(it);
    }
    s.items = kept;
  }
  return notes;
}

function forget(sections, needle) {
  if (!needle) throw new Error('usage: forget "<text>"');
  const n = needle.toLowerCase();
  const notes = [];
  for (const s of sections) {
    if (isPinned(s)) continue;
    s.items = s.items.filter((it) => {
      const hit = it.bullet && itemText(it).toLowerCase().includes(n);
      if (hit) notes.push(`removed: ${itemText(it).trim()}`);
      return !hit;
    });
  }
  return notes;
}

function prune(sections, spec) {
  const m = /^(\d+)d$/.exec(spec ?? "");
  if (!m) throw new Error("--older-than needs a value like 180d");
  const cutoff = Date.now() - Number(m[1]) * 86400_000;
  const notes = [];
  for (const s of sections) {
    if (isPinned(s)) continue;
    s.items = s.items.filter((it) => {
      const d = it.bullet && dateOf(it);
      const old = d && Date.parse(d) < cutoff;
      if (old) notes.push(`pruned (${d}): ${itemText(it).trim()}`);
      return !old;
    });
  }
  return notes;
}

function sortSections(sections) {
  const [pre, ...rest] = sections;
  const pinned = rest.filter(isPinned);
  const others = rest.filter((s) => !isPinned(s)).sort((a, b) => a.heading.localeCompare(b.heading));
  return [pre, ...pinned, ...others];
}

// ---- io ------------------------------------------------------------------
function diff(before, after) {
  const tmpA = path.join(fs.mkdtempSync(path.join(process.env.TMPDIR ?? "/tmp", "mem-")), "before.md");
  const tmpB = tmpA.replace("before.md", "after.md");
  fs.writeFileSync(tmpA, before);
  fs.writeFileSync(tmpB, after);
  try {
    execFileSync("diff", ["-u", "--label", "MEMORY.md (current)", "--label", "MEMORY.md (proposed)", tmpA, tmpB], { stdio: "pipe" });
    return "(no changes)";
  } catch (e) {
    return e.stdout?.toString() ?? String(e);
  } finally {
    fs.rmSync(path.dirname(tmpA), { recursive: true, force: true });
  }
}

function backupAndWrite(before, after) {
  fs.mkdirSync(backupDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  fs.writeFileSync(path.join(backupDir, `MEMORY.${stamp}.md`), before);
  const tmp = file + ".tmp";
  fs.writeFileSync(tmp, after);
  fs.renameSync(tmp, file);
  const backups = fs.readdirSync(backupDir).filter((f) => f.startsWith("MEMORY.")).sort();
  for (const old of backups.slice(0, Math.max(0, backups.length - KEEP_BACKUPS))) fs.rmSync(path.join(backupDir, old));
  console.log(`wrote ${file}; backup in ${backupDir}`);
}

// ---- main ----------------------------------------------------------------
if (!fs.existsSync(file) && cmd !== "restore") {
  console.error(`${file} not found`);
  process.exit(1);
}
const before = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
let sections = parse(before);
let notes = [];

switch (cmd) {
  case "show":
    process.stdout.write(before);
    process.exit(0);
  case "stats": {
    for (const s of sections) {
      const bullets = s.items.filter((i) => i.bullet);
      if (!s.heading && !bullets.length) continue;
      const dates = bullets.map(dateOf).filter(Boolean).sort();
      console.log(`${(s.heading ?? "(preamble)").padEnd(40)} ${String(bullets.length).padStart(4)} entries  oldest ${dates[0] ?? "-"}`);
    }
    const probe = parse(before);
    const d = dedupe(probe);
    console.log(`\n${d.length} likely duplicate(s)`);
    process.exit(0);
  }
  case "dedupe": notes = dedupe(sections); break;
  case "forget": notes = forget(sections, rest.join(" ")); break;
  case "prune": notes = prune(sections, olderThan); break;
  case "sort": sections = sortSections(sections); break;
  case "restore": {
    const backups = fs.existsSync(backupDir) ? fs.readdirSync(backupDir).sort() : [];
    const pick = rest[0] ?? backups.at(-1);
    if (!pick) { console.error("no backups"); process.exit(1); }
    const restored = fs.readFileSync(path.join(backupDir, path.basename(pick)), "utf8");
    console.log(diff(before, restored));
    if (write) backupAndWrite(before, restored);
    else console.log("\n(dry run; add --write to restore)");
    process.exit(0);
  }
  default:
    console.error("commands: show | stats | dedupe | forget <text> | prune --older-than Nd | sort | restore [file]");
    process.exit(2);
}

const after = render(sections);
for (const n of notes) console.log(n);
console.log(diff(before, after));
if (write && after !== before) backupAndWrite(before, after);
else if (!write) console.log("\n(dry run; add --write to apply)");
