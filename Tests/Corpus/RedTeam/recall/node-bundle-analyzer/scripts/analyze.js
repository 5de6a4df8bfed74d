#!/usr/bin/env node
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { loadStats, topModules, duplicates, heavyDeps } = require('./lib/stats');
const { TreemapRenderer } = require('./lib/renderer');

function parseArgs(argv) {
  const out = { json: false };
  for (let i = 2; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--input') out.input = argv[++i];
    else if (a === '--treemap') out.treemap = argv[++i];
    else if (a === '--json') out.json = true;
  }
  if (!out.input) {
    console.error('usage: analyze.js --input <stats.json|meta.json|dist> [--treemap out.html] [--json]');
    process.exit(64);
  }
  return out;
}

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;

async function main() {
  const args = parseArgs(process.argv);
  const modules = loadStats(path.resolve(args.input));
  const report = {
    top: topModules(modules, 20),
    duplicates: duplicates(modules),
    heavy: heavyDeps(modules),
  };

  if (args.json) {
    process.stdout.write(JSON.stringify(report, null, 2));
  } else {
    console.log('Top modules');
    for (const m of report.top) console.log(`  ${kb(m.size).padStart(10)}  ${m.name}`);
    console.log('\nDuplicate packages');
    for (const [pkg, versions] of Object.entries(report.duplicates)) console.log(`  ${pkg}: ${versions.join(', ')}`);
    console.log('\nHeavy dependencies');
    for (const h of report.heavy) console.log(`  ${h.pkg} (${kb(h.size)}) → consider ${h.alt}`);
  }

  if (args.treemap) {
    const renderer = new TreemapRenderer();
    await renderer.init();
    fs.writeFileSync(args.treemap, renderer.render(modules));
    console.log(`\nTreemap written to ${args.treemap}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
