#!/usr/bin/env node
// Static deobfuscator for toy_obfuscate.js output. Parses text only; never evals the sample.
"use strict";
const fs = require("fs");

const file = process.argv[2];
if (!file) { console.error("usage: toy_deobfuscate.js <file.obf.js>"); process.exit(2); }
const src = fs.readFileSync(file, "utf8");

const arrMatch = src.match(/const\s+(\w+)\s*=\s*\[([^\]]*)\];/);
const rotMatch = src.match(/\}\)\(\s*\w+\s*,\s*(\d+)\s*\);/);
const fnMatch = src.match(/function\s+(\w+)\s*\(\s*\w+\s*\)\s*\{\s*return\s+\w+\[\w+\];\s*\}/);
if (!arrMatch || !rotMatch || !fnMatch) {
  console.error("not in the toy format (string array + rotate IIFE + accessor)");
  process.exit(1);
}

// Decode \xHH and \uHHHH escapes ourselves instead of evaluating the literal.
const unescape = (s) => s
  .replace(/\\x([0-9a-fA-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)))
  .replace(/\\u([0-9a-fA-F]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));

const items = [...arrMatch[2].matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => unescape(m[1]));
let rot = Number(rotMatch[1]);
while (rot--) items.unshift(items.pop());   // same rotation, applied to our own copy

const accessor = fnMatch[1];
let body = src
  .replace(arrMatch[0], "")
  .replace(/\(function\s*\([^)]*\)\s*\{[^}]*\}\)\([^)]*\);/, "")
  .replace(fnMatch[0], "");
body = body.replace(new RegExp(`${accessor}\\((\\d+)\\)`, "g"), (_, i) => JSON.stringify(items[Number(i)]));
body = body.replace(/(\w+)\["([A-Za-z_$][\w$]*)"\]/g, "$1.$2");

console.log("// recovered strings:", JSON.stringify(items));
console.log(body.trim());
