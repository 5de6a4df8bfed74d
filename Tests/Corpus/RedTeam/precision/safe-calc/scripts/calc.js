#!/usr/bin/env node
// Tiny recursive-descent calculator with units. Deliberately does NOT use eval/Function/vm.
'use strict';

const UNITS = {
  B: ['bytes', 1], KB: ['bytes', 1e3], MB: ['bytes', 1e6], GB: ['bytes', 1e9], TB: ['bytes', 1e12],
  KiB: ['bytes', 1024], MiB: ['bytes', 1024 ** 2], GiB: ['bytes', 1024 ** 3], TiB: ['bytes', 1024 ** 4],
  ms: ['time', 1e-3], s: ['time', 1], min: ['time', 60], h: ['time', 3600], d: ['time', 86400],
  mm: ['len', 1e-3], cm: ['len', 1e-2], m: ['len', 1], km: ['len', 1e3], in: ['len', 0.0254], ft: ['len', 0.3048], mi: ['len', 1609.344],
};
const FUNCS = {
  sqrt: Math.sqrt, abs: Math.abs, round: Math.round, floor: Math.floor, ceil: Math.ceil,
  min: Math.min, max: Math.max, log: Math.log10, ln: Math.log, exp: Math.exp,
};
const CONSTS = { pi: Math.PI, e: Math.E };

function tokenize(src) {
  const re = /\s*(?:(\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)|([A-Za-z]+)|(\S))/y;
  const out = [];
  let m;
  while (re.lastIndex < src.length && (m = re.exec(src))) {
    if (m[1]) out.push({ t: 'num', v: parseFloat(m[1]) });
    else if (m[2]) out.push({ t: 'id', v: m[2] });
    else if ('+-*/%^(),'.includes(m[3])) out.push({ t: 'op', v: m[3] });
    else throw new SyntaxError(`unexpected character '${m[3]}'`);
  }
  return out;
}

function parse(tokens) {
  let i = 0;
  const peek = () => tokens[i];
  const eat = (v) => { if (peek() && peek().v === v) { i++; return true; } return false; };
  const q = (value, dim = null) => ({ value, dim });
  const same = (a, b, op) => {
    if (a.dim && b.dim && a.dim !== b.dim) throw new TypeError(`cannot ${op} ${a.dim} and ${b.dim}`);
    return a.dim || b.dim;
  };

  function primary() {
    const tk = tokens[i++];
    if (!tk) throw new SyntaxError('unexpected end');
    if (tk.t === 'num') {
      const u = peek();
      if (u && u.t === 'id' && UNITS[u.v] && u.v !== 'in') { i++; return q(tk.v * UNITS[u.v][1], UNITS[u.v][0]); }
      return q(tk.v);
    }
    if (tk.v === '(') { const v = expr(); if (!eat(')')) throw new SyntaxError("expected ')'"); return v; }
    if (tk.v === '-') return (() => { const v = power(); return q(-v.value, v.dim); })();
    if (tk.t === 'id' && Object.hasOwn(CONSTS, tk.v)) return q(CONSTS[tk.v]);
    if (tk.t === 'id' && Object.hasOwn(FUNCS, tk.v)) {
      if (!eat('(')) throw new SyntaxError(`expected '(' after ${tk.v}`);
      const args = [expr()];
      while (eat(',')) args.push(expr());
      if (!eat(')')) throw new SyntaxError("expected ')'");
      return q(FUNCS[tk.v](...args.map((a) => a.value)), args[0].dim);
    }
    throw new SyntaxError(`unknown identifier '${tk.v}'`);
  }
  function power() { const b = primary(); if (eat('^')) { const x = power(); return q(b.value ** x.value, b.dim); } return b; }
  function term() {
    let l = power();
    for (;;) {
      if (eat('*')) { const r = power(); l = q(l.value * r.value, l.dim || r.dim); }
      else if (eat('/')) { const r = power(); l = q(l.value / r.value, l.dim === r.dim ? null : l.dim); }
      else if (eat('%')) { const r = power(); l = q(l.value % r.value, l.dim); }
      else return l;
    }
  }
  function expr() {
    let l = term();
    for (;;) {
      if (eat('+')) { const r = term(); l = q(l.value + r.value, same(l, r, 'add')); }
      else if (eat('-')) { const r = term(); l = q(l.value - r.value, same(l, r, 'subtract')); }
      else return l;
    }
  }

  const result = expr();
  let target = null;
  if (peek() && peek().v === 'in' && tokens[i + 1] && UNITS[tokens[i + 1].v]) { i++; target = tokens[i++].v; }
  if (i !== tokens.length) throw new SyntaxError(`unexpected '${tokens[i].v}'`);
  if (target) {
    const [dim, f] = UNITS[target];
    if (result.dim !== dim) throw new TypeError(`cannot convert ${result.dim || 'number'} to ${target}`);
    return { value: result.value / f, unit: target };
  }
  return { value: result.value, unit: result.dim ? `(${result.dim}, base unit)` : '' };
}

function evaluate(src) {
  if (src.length > 500) throw new RangeError('expression too long');
  return parse(tokenize(src));
}

module.exports = { evaluate };

if (require.main === module) {
  const args = process.argv.slice(2);
  const json = args[0] === '--json';
  const src = (json ? args.slice(1) : args).join(' ');
  try {
    const r = evaluate(src);
    const v = Number(r.value.toPrecision(12));
    console.log(json ? JSON.stringify({ expression: src, value: v, unit: r.unit }) : `${src} = ${v}${r.unit ? ' ' + r.unit : ''}`);
  } catch (e) {
    console.error(`error: ${e.message}`);
    process.exit(1);
  }
}
