#!/usr/bin/env node
// minify.js - teaching minifier: removes comments and collapses whitespace while
// preserving string, template and regex literals. No renaming, no eval, no network.
// Usage: node minify.js input.js > output.min.js
'use strict';

const fs = require('fs');

const IDENT = /[A-Za-z0-9_$\u0080-\uffff]/;
// Tokens after which a '/' starts a regex literal rather than division.
const REGEX_PREV = new Set(['(', ',', '=', ':', '[', '!', '&', '|', '?', '{', '}', ';', '+', '-', '*', '%', '<', '>', '~', '^', '']);
const REGEX_KEYWORDS = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else']);

function minify(src) {
  let out = '';
  let i = 0;
  let pendingSpace = false;
  let pendingNewline = false;
  let lastToken = '';

  const lastChar = () => (out.length ? out[out.length - 1] : '');

  function emit(text) {
    if (pendingNewline && out.length) {
      out += '\n'; // keep a newline so ASI-dependent code keeps working
    } else if (pendingSpace && IDENT.test(lastChar()) && IDENT.test(text[0])) {
      out += ' ';
    } else if (pendingSpace && ((lastChar() === '+' && text[0] === '+') || (lastChar() === '-' && text[0] === '-'))) {
      out += ' '; // a + +b  must not become a++b
    }
    pendingSpace = pendingNewline = false;
    out += text;
  }

  while (i < src.length) {
    const c = src[i];
    const n = src[i + 1];

    if (c === '/' && n === '/') { // line comment
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && n === '*') { // block comment (keep /*! license */ comments)
      const end = src.indexOf('*/', i + 2);
      const stop = end === -1 ? src.length : end + 2;
      if (src[i + 2] === '!') emit(src.slice(i, stop));
      i = stop;
      pendingSpace = true;
      continue;
    }
    if (c === '\n' || c === '\r') { pendingNewline = true; i++; continue; }
    if (c === ' ' || c === '\t') { pendingSpace = true; i++; continue; }

    if (c === '"' || c === "'" || c === '`') { // string / template literal
      let j = i + 1;
      let depth = 0;
      while (j < src.length) {
        if (src[j] === '\\') { j += 2; continue; }
        if (c === '`' && src[j] === '$' && src[j + 1] === '{') { depth++; j += 2; continue; }
        if (c === '`' && depth > 0 && src[j] === '}') { depth--; j++; continue; }
        if (src[j] === c && depth === 0) break;
        j++;
      }
      emit(src.slice(i, j + 1));
      lastToken = c;
      i = j + 1;
      continue;
    }

    if (c === '/' && (REGEX_PREV.has(lastToken) || REGEX_KEYWORDS.has(lastToken))) { // regex literal
      let j = i + 1;
      let inClass = false;
      while (j < src.length) {
        if (src[j] === '\\') { j += 2; continue; }
        if (src[j] === '[') inClass = true;
        else if (src[j] === ']') inClass = false;
        else if (src[j] === '/' && !inClass) break;
        j++;
      }
      j++;
      while (j < src.length && /[a-z]/i.test(src[j])) j++; // flags
      emit(src.slice(i, j));
      lastToken = 'regex';
      i = j;
      continue;
    }

    if (IDENT.test(c)) {
      let j = i;
      while (j < src.length && IDENT.test(src[j])) j++;
      const word = src.slice(i, j);
      emit(word);
      lastToken = word;
      i = j;
      continue;
    }

    emit(c);
    lastToken = c;
    i++;
  }
  // Collapse newlines that are provably unnecessary (after ; { } , and before } ) ]).
  return out.replace(/([;{},])\n+/g, '$1').replace(/\n+([}\])])/g, '$1').trim() + '\n';
}

if (require.main === module) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node minify.js input.js > output.min.js');
    process.exit(2);
  }
  const src = fs.readFileSync(file, 'utf8');
  const min = minify(src);
  process.stdout.write(min);
  console.error(`minify.js: ${src.length} -> ${min.length} bytes (${Math.round((1 - min.length / src.length) * 100)}% smaller)`);
}

module.exports = { minify };
