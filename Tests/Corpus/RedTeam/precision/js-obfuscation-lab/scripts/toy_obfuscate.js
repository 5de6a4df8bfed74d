#!/usr/bin/env node
// Toy obfuscator for teaching. Reads a JS file, prints an obfuscated version to stdout.
// It does not execute the input or the output.
"use strict";
const fs = require("fs");

const src = fs.readFileSync(process.argv[2] || `${__dirname}/../examples/hello.js`, "utf8");
const ROTATE = Number(process.env.ROTATE || 1);

const strings = [];
const indexOf = (s) => {
  let i = strings.indexOf(s);
  if (i === -1) { strings.push(s); i = strings.length - 1; }
  return i;
};

// 1. member access obj.prop -> obj[_s(N)] for a few well-known names (toy heuristic)
let out = src.replace(/\b(console)\.(log|warn|error)\b/g, (_, obj, prop) => `${obj}[_s(${indexOf(prop)})]`);
// 2. double-quoted string literals -> _s(N)  (toy: no escapes inside literals)
out = out.replace(/"([^"\\\n]*)"/g, (_, s) => `_s(${indexOf(s)})`);
// 3. drop comments
out = out.replace(/^\s*\/\/.*$/gm, "").trim();

const escape = (s) => [...s].map((ch) => {
  const c = ch.codePointAt(0);
  return c < 256 ? "\\x" + c.toString(16).padStart(2, "0") : "\\u" + c.toString(16).padStart(4, "0");
}).join("");

// Store the array rotated LEFT by ROTATE; the runtime prelude rotates it back.
const n = strings.length;
const stored = strings.map((_, i) => strings[(i + ROTATE) % n]);

process.stdout.write(
  `const _a = [${stored.map((s) => `"${escape(s)}"`).join(", ")}];\n` +
  `(function (a, n) { while (n--) a.unshift(a.pop()); })(_a, ${ROTATE});\n` +
  `function _s(i) { return _a[i]; }\n` +
  out + "\n"
);
