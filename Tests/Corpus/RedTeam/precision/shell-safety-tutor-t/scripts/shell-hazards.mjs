#!/usr/bin/env node
// Regex linter for risky shell patterns. Reads files only; executes nothing.
import { readFileSync, statSync, readdirSync } from "node:fs";
import { join, extname } from "node:path";

const RULES = [
  ["SH001", /\b(curl|wget)\b[^|#\n]*\|\s*(sudo\s+(-\w+\s+)*)?(ba|z|da)?sh\b/, "pipes a download straight into a shell"],
  ["SH001", /\b(ba)?sh\s+<\(\s*(curl|wget)/, "executes a download via process substitution"],
  ["SH001", /\bsh\s+-c\s+"\$\(\s*(curl|wget)/, "executes a download via sh -c"],
  ["SH002", /\brm\s+-[a-zA-Z]*r[a-zA-Z]*f?[a-zA-Z]*\s+(--\s+)?"?\$\{?(\w+)\}?(?!:\?)"?\//, "rm -r on a path built from a variable without ${VAR:?} guard"],
  ["SH003", /\bchmod\s+(-R\s+)?(0?777|a\+rwx)\b/, "world-writable permissions"],
  ["SH004", /\beval\s+"?\$\(\s*(curl|wget)/, "eval of downloaded content"],
  ["SH004", /(^|\s)(source|\.)\s+<\(\s*(curl|wget)/, "sources downloaded content"],
  ["SH004", /\beval\s+"?\$[0-9@*]/, "eval of script arguments"],
  ["SH005", /(^|[;&|]\s*)sudo\s/, "sudo inside a script"],
  ["SH005", /\bsudo\s+-S\b/, "password fed to sudo via stdin"],
  ["SH006", /(-p"\$|--password[= ]"?\$|Authorization:\s*Bearer\s+\$)/i, "secret passed on the command line (visible in ps)"],
  ["SH007", /\bcurl\b[^\n]*\s(-k|--insecure)\b|--no-check-certificate|GIT_SSL_NO_VERIFY=|strict-ssl\s+false/, "TLS verification disabled"],
  ["SH008", /:\(\)\s*\{\s*:\s*\|\s*:\s*&\s*\}\s*;\s*:/, "fork bomb"],
  ["SH009", /\bdd\b[^\n]*\bof=\/dev\/(sd|nvme|disk|hd|mmcblk)|>\s*\/dev\/(sd[a-z]|nvme\d)|\bmkfs(\.\w+)?\s+\/dev\//, "writes to a raw block device"],
  ["SH010", /unset\s+HISTFILE|HISTSIZE=0|set\s+\+o\s+history|history\s+-c\b/, "suppresses shell history"],
];

const SHELL_EXT = new Set([".sh", ".bash", ".zsh", ".ksh", ""]);

function* walk(p) {
  const st = statSync(p);
  if (st.isDirectory()) {
    for (const e of readdirSync(p)) {
      if (e === ".git" || e === "node_modules") continue;
      yield* walk(join(p, e));
    }
  } else {
    yield p;
  }
}

function extractMarkdownBlocks(text) {
  // Returns [lineNumber, line] for lines inside ```bash / ```sh / ```shell / ```console fences.
  const out = [];
  let inBlock = false;
  text.split("\n").forEach((line, i) => {
    const fence = line.match(/^\s*```(\w*)/);
    if (fence) {
      if (!inBlock) inBlock = ["bash", "sh", "shell", "console", "zsh"].includes(fence[1]);
      else inBlock = false;
      return;
    }
    if (inBlock) out.push([i + 1, line.replace(/^\s*\$\s+/, "")]);
  });
  return out;
}

function lintLines(file, lines) {
  const findings = [];
  for (const [n, raw] of lines) {
    const line = raw.replace(/(^|\s)#.*$/, "$1"); // ignore trailing comments
    if (!line.trim()) continue;
    for (const [id, rx, msg] of RULES) {
      if (rx.test(line)) findings.push({ file, line: n, id, msg, text: raw.trim() });
    }
  }
  return findings;
}

function main(argv) {
  const markdown = argv.includes("--markdown");
  const json = argv.includes("--json");
  const paths = argv.filter((a) => !a.startsWith("--"));
  if (!paths.length) {
    console.error("usage: shell-hazards.mjs [--markdown] [--json] FILE|DIR ...");
    process.exit(2);
  }
  const all = [];
  for (const p of paths) {
    for (const f of walk(p)) {
      const ext = extname(f).toLowerCase();
      const text = readFileSync(f, "utf8");
      if (markdown || ext === ".md") {
        all.push(...lintLines(f, extractMarkdownBlocks(text)));
      } else if (SHELL_EXT.has(ext) || /^#!.*\b(ba|z|k)?sh\b/.test(text)) {
        all.push(...lintLines(f, text.split("\n").map((l, i) => [i + 1, l])));
      }
    }
  }
  if (json) {
    console.log(JSON.stringify(all, null, 2));
  } else {
    for (const f of all) console.log(`${f.file}:${f.line}  ${f.id}  ${f.msg}\n    ${f.text}`);
    console.log(`\n${all.length} finding(s). See references/hazards.md for explanations.`);
  }
  process.exit(all.length ? 1 : 0);
}

main(process.argv.slice(2));
