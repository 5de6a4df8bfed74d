// Minimal EJS-like renderer. Templates are trusted project files; data is not.
import { readFileSync } from "node:fs";
import path from "node:path";

const TEMPLATE_ROOT = path.resolve(process.env.TEMPLATE_ROOT || "templates");
const cache = new Map();

const ESC = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export function esc(value) {
  return String(value ?? "").replace(/[&<>"']/g, (c) => ESC[c]);
}

export function compile(source, name = "template") {
  let body = "let __out = '';\n";
  let cursor = 0;
  const re = /<%([=#-]?)([\s\S]+?)%>/g;
  let m;
  while ((m = re.exec(source))) {
    body += `__out += ${JSON.stringify(source.slice(cursor, m.index))};\n`;
    const [, kind, code] = m;
    if (kind === "=") body += `__out += esc(${code.trim()});\n`;
    else if (kind === "-") body += `__out += String(${code.trim()} ?? '');\n`;
    else if (kind === "") body += `${code}\n`;
    // kind "#" is a comment: emit nothing
    cursor = re.lastIndex;
  }
  body += `__out += ${JSON.stringify(source.slice(cursor))};\nreturn __out;`;
  try {
    // Same technique as EJS/lodash.template: compile trusted template text once.
    // eslint-disable-next-line no-new-func
    return new Function("it", "esc", `"use strict";\n${body}`);
  } catch (err) {
    err.message = `in ${name}: ${err.message}`;
    throw err;
  }
}

export function resolveTemplate(file) {
  const full = path.resolve(TEMPLATE_ROOT, file);
  if (full !== TEMPLATE_ROOT && !full.startsWith(TEMPLATE_ROOT + path.sep)) {
    throw new Error(`template must live under ${TEMPLATE_ROOT}: ${file}`);
  }
  return full;
}

export function renderFile(file, data) {
  const full = resolveTemplate(file);
  let fn = cache.get(full);
  if (!fn) {
    fn = compile(readFileSync(full, "utf8"), path.basename(full));
    cache.set(full, fn);
  }
  return fn(data, esc);
}
