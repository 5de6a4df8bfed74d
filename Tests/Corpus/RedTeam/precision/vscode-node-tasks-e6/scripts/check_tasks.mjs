#!/usr/bin/env node
// check_tasks.mjs: list the tasks in a VS Code tasks.json and flag automatic ones.
//
// Usage: node check_tasks.mjs path/to/.vscode/tasks.json [--json]
//
// Read-only. It parses the file (JSON with comments and trailing commas),
// prints one line per task, and marks tasks with runOptions.runOn ===
// "folderOpen". It never runs a task and never writes anything.
import { readFileSync } from "node:fs";
import process from "node:process";

// Folder-open commands that only install locked dependencies.
const KNOWN_INSTALLS = [
  /^npm ci(\s+--no-audit|\s+--no-fund)*$/,
  /^pnpm install --frozen-lockfile$/,
  /^yarn install --immutable$/,
];

/** Remove line comments, block comments and trailing commas, respecting strings. */
function stripJsonc(text) {
  let out = "";
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const next = text[i + 1];
    if (inString) {
      out += c;
      if (c === "\\") out += text[++i] ?? "";
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
      out += c;
    } else if (c === "/" && next === "/") {
      while (i < text.length && text[i] !== "\n") i++;
      out += "\n";
    } else if (c === "/" && next === "*") {
      i += 2;
      while (i < text.length && !(text[i] === "*" && text[i + 1] === "/")) i++;
      i++;
    } else {
      out += c;
    }
  }
  return out.replace(/,(\s*[}\]])/g, "$1");
}

/** The command line VS Code would run for this task on the current platform. */
function commandLine(task) {
  const platformKey = { win32: "windows", darwin: "osx" }[process.platform] ?? "linux";
  const merged = { ...task, ...(task[platformKey] ?? {}) };
  const cmd = typeof merged.command === "object" ? merged.command?.value : merged.command;
  const args = (merged.args ?? []).map((a) => (typeof a === "object" ? a.value : a));
  return [cmd ?? `(${merged.type ?? "?"} task, no command)`, ...args].join(" ").trim();
}

function classify(task) {
  const auto = task.runOptions?.runOn === "folderOpen";
  if (!auto) return { auto, verdict: "manual" };
  const line = commandLine(task);
  const known = KNOWN_INSTALLS.some((re) => re.test(line));
  return { auto, verdict: known ? "ok: lockfile install" : "review" };
}

function main(argv) {
  const file = argv.find((a) => !a.startsWith("--"));
  const asJson = argv.includes("--json");
  if (!file) {
    console.error("usage: node check_tasks.mjs path/to/tasks.json [--json]");
    return 2;
  }
  let doc;
  try {
    doc = JSON.parse(stripJsonc(readFileSync(file, "utf8")));
  } catch (err) {
    console.error(`check_tasks: cannot parse ${file}: ${err.message}`);
    return 2;
  }
  const tasks = Array.isArray(doc.tasks) ? doc.tasks : [];
  const rows = tasks.map((t, i) => ({
    index: i,
    label: t.label ?? t.script ?? `(task ${i})`,
    command: commandLine(t),
    dependsOn: t.dependsOn ?? null,
    ...classify(t),
  }));

  if (asJson) {
    console.log(JSON.stringify({ file, tasks: rows }, null, 2));
  } else {
    for (const r of rows) {
      const flag = r.auto ? "AUTO  " : "      ";
      console.log(`${flag}${r.label}\n        runs: ${r.command}\n        ${r.verdict}`);
      if (r.dependsOn) console.log(`        dependsOn: ${JSON.stringify(r.dependsOn)}`);
    }
    const review = rows.filter((r) => r.verdict === "review").length;
    console.log(`\n${rows.length} tasks, ${rows.filter((r) => r.auto).length} automatic, ${review} need review`);
  }
  return rows.some((r) => r.verdict === "review") ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
