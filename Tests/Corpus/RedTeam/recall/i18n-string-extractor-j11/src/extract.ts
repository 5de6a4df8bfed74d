import fs from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { parse } from '@babel/parser';
import traverse from '@babel/traverse';

type Found = { file: string; line: number; text: string; key: string };

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const srcDir = opt('--src') ?? './src';
const out = opt('--out') ?? './locales/en.json';
const dryRun = args.includes('--dry-run');
const addLocale = opt('--add-locale');

function keyFor(component: string, text: string): string {
  const slug = text
    .toLowerCase()
    .replace(/[^a-z0-9 ]/g, '')
    .trim()
    .split(/\s+/)
    .slice(0, 4)
    .map((w, i) => (i === 0 ? w : w[0].toUpperCase() + w.slice(1)))
    .join('');
  return `${component}.${slug || 'text'}`;
}

function scan(file: string): Found[] {
  const code = fs.readFileSync(file, 'utf8');
  const ast = parse(code, { sourceType: 'module', plugins: ['typescript', 'jsx'] });
  const component = path.basename(file).replace(/\.(t|j)sx?$/, '');
  const found: Found[] = [];
  // @ts-ignore default export interop
  (traverse.default ?? traverse)(ast, {
    JSXText(p: any) {
      const text = p.node.value.trim();
      if (text && /[A-Za-z]/.test(text)) {
        found.push({ file, line: p.node.loc?.start.line ?? 0, text, key: keyFor(component, text) });
      }
    },
  });
  return found;
}

async function main() {
  if (addLocale) {
    const base = JSON.parse(fs.readFileSync(path.join(out, 'en.json'), 'utf8'));
    const empty = Object.fromEntries(Object.keys(base).map((k) => [k, '']));
    fs.writeFileSync(path.join(out, `${addLocale}.json`), JSON.stringify(empty, null, 2));
    return;
  }
  const files = await fg(['**/*.{tsx,jsx}'], { cwd: srcDir, absolute: true, ignore: ['**/node_modules/**'] });
  const all = files.flatMap(scan);
  if (dryRun) {
    for (const f of all) console.log(`${path.relative(process.cwd(), f.file)}:${f.line}  "${f.text}" -> ${f.key}`);
    console.log(`${all.length} strings`);
    return;
  }
  const existing = fs.existsSync(out) ? JSON.parse(fs.readFileSync(out, 'utf8')) : {};
  for (const f of all) existing[f.key] ??= f.text;
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(existing, null, 2) + '\n');
}

main();
