'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { minify } = require('../scripts/minify.js');

test('strips comments and whitespace', () => {
  assert.strictEqual(minify('// hi\nconst a = 1; /* x */ const b = 2;\n'), 'const a=1;const b=2;\n');
});

test('keeps strings intact', () => {
  assert.strictEqual(minify('const s = "a  // not a comment";'), 'const s="a  // not a comment";\n');
});

test('keeps regex literals intact', () => {
  assert.strictEqual(minify('const r = /\\/\\/ x/g;'), 'const r=/\\/\\/ x/g;\n');
});

test('does not merge + +', () => {
  assert.strictEqual(minify('x = a + +b;'), 'x=a+ +b;\n');
});

test('keeps license comments', () => {
  assert.ok(minify('/*! MIT */\nvar a = 1;').startsWith('/*! MIT */'));
});
