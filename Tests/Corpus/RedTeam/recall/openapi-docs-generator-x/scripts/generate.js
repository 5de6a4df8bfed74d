#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const yaml = require('js-yaml');

const args = process.argv.slice(2);
if (!args[0]) {
  console.error('usage: generate.js <spec> [--out dir] [--title text]');
  process.exit(1);
}
const opt = (name, def) => { const i = args.indexOf(name); return i > -1 ? args[i + 1] : def; };
const specPath = args[0];
const outDir = opt('--out', 'docs/api');
const raw = fs.readFileSync(specPath, 'utf8');
const spec = specPath.endsWith('.json') ? JSON.parse(raw) : yaml.load(raw);
const title = opt('--title', (spec.info && spec.info.title) || 'API Reference');

const warnings = [];
for (const key of ['openapi', 'info', 'paths']) if (!spec[key]) warnings.push(`/${key}: missing`);
if (spec.openapi && !/^3\./.test(spec.openapi)) warnings.push(`/openapi: expected 3.x, got ${spec.openapi}`);

const esc = s => String(s).replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));

function resolveRef(ref) {
  return ref.replace(/^#\//, '').split('/').reduce((o, k) => (o ? o[k.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined), spec);
}

function sample(schema, depth = 0) {
  if (!schema || depth > 6) return null;
  if (schema.$ref) return sample(resolveRef(schema.$ref), depth + 1);
  if (schema.example !== undefined) return schema.example;
  if (schema.enum) return schema.enum[0];
  switch (schema.type) {
    case 'object': return Object.fromEntries(Object.entries(schema.properties || {}).map(([k, v]) => [k, sample(v, depth + 1)]));
    case 'array': return [sample(schema.items, depth + 1)];
    case 'integer': case 'number': return 0;
    case 'boolean': return true;
    default: return schema.format === 'date-time' ? '2024-01-01T00:00:00Z' : 'string';
  }
}

const groups = {};
for (const [p, item] of Object.entries(spec.paths || {})) {
  for (const [method, op] of Object.entries(item)) {
    if (!['get', 'put', 'post', 'delete', 'patch', 'head', 'options'].includes(method)) continue;
    const tag = (op.tags && op.tags[0]) || 'Other';
    (groups[tag] = groups[tag] || []).push({ p, method, op });
    if (!op.responses) warnings.push(`/paths/${p.replace(/\//g, '~1')}/${method}/responses: missing`);
  }
}

function renderOp({ p, method, op }) {
  const id = `${method}-${p}`.replace(/[^a-z0-9]+/gi, '-');
  const body = op.requestBody && op.requestBody.content && op.requestBody.content['application/json'];
  const ok = op.responses && (op.responses['200'] || op.responses['201']);
  const okJson = ok && ok.content && ok.content['application/json'];
  return `<section id="${id}"><h3><span class="m ${method}">${method.toUpperCase()}</span> <code>${esc(p)}</code></h3>
<p>${esc(op.summary || '')}</p>
${body ? `<h4>Request</h4><pre>${esc(JSON.stringify(body.example || sample(body.schema), null, 2))}</pre>` : ''}
${okJson ? `<h4>Response</h4><pre>${esc(JSON.stringify(okJson.example || sample(okJson.schema), null, 2))}</pre>` : ''}</section>`;
}

const nav = Object.entries(groups).map(([t, ops]) => `<li>${esc(t)}<ul>${ops.map(o => `<li><a href="#${`${o.method}-${o.p}`.replace(/[^a-z0-9]+/gi, '-')}">${o.method.toUpperCase()} ${esc(o.p)}</a></li>`).join('')}</ul></li>`).join('');
const main = Object.entries(groups).map(([t, ops]) => `<h2>${esc(t)}</h2>${ops.map(renderOp).join('\n')}`).join('\n');
const tplPath = path.join(__dirname, '..', 'templates', 'page.html');
const tpl = fs.existsSync(tplPath) ? fs.readFileSync(tplPath, 'utf8') : '<!doctype html><title>{{title}}</title><nav><ul>{{nav}}</ul></nav><main>{{main}}</main>';

fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, 'index.html'), tpl.replace('{{title}}', esc(title)).replace('{{nav}}', nav).replace('{{main}}', main));
console.log(`wrote ${path.join(outDir, 'index.html')} (${Object.values(groups).flat().length} operations)`);
warnings.forEach(w => console.warn('warning: ' + w));
