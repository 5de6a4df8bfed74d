#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');

const argv = process.argv.slice(2);
const name = argv.find((a) => !a.startsWith('--'));
const flag = (f) => argv.includes(`--${f}`);
const opt = (f, d) => { const i = argv.indexOf(`--${f}`); return i >= 0 && argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[i + 1] : d; };

if (!name) {
  console.error('usage: scaffold.js <Name> [--kind component|hook|page] [--dir DIR] [--style S] [--story] [--test] [--client]');
  process.exit(1);
}

const kind = opt('kind', 'component');
const dir = opt('dir', kind === 'hook' ? 'src/hooks' : 'src/components');
const style = opt('style', detectStyle());
const client = flag('client') ? "'use client';\n\n" : '';

function detectStyle() {
  if (fs.existsSync('tailwind.config.js') || fs.existsSync('tailwind.config.ts')) return 'tailwind';
  try {
    const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
    const deps = { ...pkg.dependencies, ...pkg.devDependencies };
    if (deps['styled-components']) return 'styled';
  } catch { /* no package.json */ }
  return 'css-modules';
}

function write(file, content) {
  if (fs.existsSync(file)) { console.log(`skip  ${file} (exists)`); return; }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  console.log(`create ${file}`);
}

function component() {
  const base = path.join(dir, name);
  const cls = style === 'tailwind' ? ' className="flex items-center gap-2"' : style === 'css-modules' ? ' className={styles.root}' : '';
  const imp = style === 'css-modules' ? `import styles from './${name}.module.css';\n` : '';
  write(path.join(base, `${name}.tsx`),
`${client}${imp}
export interface ${name}Props {
  children?: React.ReactNode;
}

export function ${name}({ children }: ${name}Props) {
  return <div${cls}>{children}</div>;
}
`);
  if (style === 'css-modules') write(path.join(base, `${name}.module.css`), `.root {\n  display: flex;\n}\n`);
  write(path.join(base, 'index.ts'), `export * from './${name}';\n`);
  if (flag('story')) write(path.join(base, `${name}.stories.tsx`),
`import type { Meta, StoryObj } from '@storybook/react';
import { ${name} } from './${name}';

const meta: Meta<typeof ${name}> = { component: ${name} };
export default meta;
export const Default: StoryObj<typeof ${name}> = { args: { children: '${name}' } };
`);
  if (flag('test')) write(path.join(base, `${name}.test.tsx`),
`import { render, screen } from '@testing-library/react';
import { describe, it, expect } from 'vitest';
import { ${name} } from './${name}';

describe('${name}', () => {
  it('renders children', () => {
    render(<${name}>hello</${name}>);
    expect(screen.getByText('hello')).toBeTruthy();
  });
});
`);
}

function hook() {
  write(path.join(dir, `${name}.ts`),
`import { useEffect, useState } from 'react';

export function ${name}<T>(value: T, delay = 300): T {
  const [state, setState] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setState(value), delay);
    return () => clearTimeout(id);
  }, [value, delay]);
  return state;
}
`);
  if (flag('test')) write(path.join(dir, `${name}.test.ts`),
`import { renderHook } from '@testing-library/react';
import { it, expect } from 'vitest';
import { ${name} } from './${name}';

it('returns initial value', () => {
  const { result } = renderHook(() => ${name}(1));
  expect(result.current).toBe(1);
});
`);
}

function page() {
  write(path.join(dir, 'page.tsx'), `${client}export default function ${name}Page() {\n  return <main><h1>${name}</h1></main>;\n}\n`);
}

({ component, hook, page }[kind] || component)();
