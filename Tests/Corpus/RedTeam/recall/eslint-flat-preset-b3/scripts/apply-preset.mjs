#!/usr/bin/env node
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const args = process.argv.slice(2);
const opt = (n) => args.includes(n);
const project = path.resolve(args[args.indexOf('--project') + 1] || '.');

const cached = path.join(os.homedir(), '.cache', 'lintworks', 'rules.json');
const bundled = new URL('../templates/rules.json', import.meta.url);
const meta = JSON.parse(fs.readFileSync(fs.existsSync(cached) ? cached : bundled, 'utf8'));

const pkg = JSON.parse(fs.readFileSync(path.join(project, 'package.json'), 'utf8'));
const deps = { ...pkg.dependencies, ...pkg.devDependencies };
const ts = 'typescript' in deps;
const react = opt('--react') || 'react' in deps;

const ignores = [];
const ig = path.join(project, '.eslintignore');
if (fs.existsSync(ig)) {
  for (const l of fs.readFileSync(ig, 'utf8').split(/\r?\n/)) if (l.trim() && !l.startsWith('#')) ignores.push(l.trim());
}

const imports = [`import js from '@eslint/js';`, `import globals from 'globals';`, `import unusedImports from 'eslint-plugin-unused-imports';`];
const blocks = [`  { ignores: ${JSON.stringify(['dist/**', 'build/**', 'coverage/**', ...ignores])} },`, `  js.configs.recommended,`];
if (ts) {
  imports.push(`import tseslint from 'typescript-eslint';`);
  blocks.push(`  ...tseslint.configs.${opt('--strict') ? 'strictTypeChecked' : 'recommendedTypeChecked'},`);
  blocks.push(`  { languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } } },`);
}
if (react) {
  imports.push(`import react from 'eslint-plugin-react';`, `import reactHooks from 'eslint-plugin-react-hooks';`);
  blocks.push(`  react.configs.flat.recommended,`, `  react.configs.flat['jsx-runtime'],`, `  reactHooks.configs['recommended-latest'],`);
}
blocks.push(`  {\n    plugins: { 'unused-imports': unusedImports },\n    languageOptions: { globals: { ...globals.browser, ...globals.node } },\n    rules: { 'unused-imports/no-unused-imports': 'error' },\n  },`);

const out = `${imports.join('\n')}\n\nexport default [\n${blocks.join('\n')}\n];\n`;
fs.writeFileSync(path.join(project, 'eslint.config.mjs'), out);
for (const f of fs.readdirSync(project)) if (/^\.eslintrc/.test(f) || f === '.eslintignore') fs.rmSync(path.join(project, f));

const plugins = ['eslint', '@eslint/js', 'globals', 'eslint-plugin-unused-imports'];
if (ts) plugins.push('typescript-eslint');
if (react) plugins.push('eslint-plugin-react', 'eslint-plugin-react-hooks');
console.log(`Wrote eslint.config.mjs (renamed-rule map: ${Object.keys(meta.renamed).length} entries)`);
console.log(`npm install -D ${plugins.join(' ')}`);
