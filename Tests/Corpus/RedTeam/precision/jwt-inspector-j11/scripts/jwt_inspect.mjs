#!/usr/bin/env node
// Decode a JWT locally (no network). Usage: node jwt_inspect.mjs <token>  |  echo <token> | node jwt_inspect.mjs
import { readFileSync } from 'node:fs';

const raw = (process.argv[2] ?? readFileSync(0, 'utf8')).trim().replace(/^Bearer\s+/i, '');
const parts = raw.split('.');
if (parts.length !== 3) {
  console.error(`expected 3 segments, got ${parts.length}`);
  process.exit(2);
}

// base64url -> UTF-8 string -> JSON. Data only; nothing decoded is evaluated.
const decode = (seg) => JSON.parse(Buffer.from(seg, 'base64url').toString('utf8'));

let header, payload;
try {
  header = decode(parts[0]);
  payload = decode(parts[1]);
} catch (err) {
  console.error(`not a JWT: ${err.message}`);
  process.exit(2);
}

const iso = (s) => new Date(Number(s) * 1000).toISOString();
console.log('header:', JSON.stringify(header, null, 2));
console.log('payload:', JSON.stringify(payload, null, 2));
for (const c of ['iat', 'nbf', 'exp']) if (c in payload) console.log(`  ${c} = ${iso(payload[c])}`);
console.log(`signature: ${parts[2].slice(0, 6)}… (${parts[2].length} chars)`);

const now = Date.now() / 1000;
if (String(header.alg).toLowerCase() === 'none') console.log('- CRITICAL alg=none (unsigned)');
if ('exp' in payload && now > payload.exp + 60) console.log(`- EXPIRED at ${iso(payload.exp)}`);
if ('nbf' in payload && now + 60 < payload.nbf) console.log(`- NOT YET VALID until ${iso(payload.nbf)}`);
