#!/usr/bin/env node
// Minify (terser) and optionally obfuscate selected files in a build directory.
import { readdir, readFile, writeFile, mkdir, stat } from 'node:fs/promises';
import { join, relative, resolve, dirname } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? 'dist');
const checkOnly = args.includes('--check');
const obfuscateTargets = new Set(
  args.flatMap((a, i) => (args[i - 1] === '--obfuscate' ? [resolve(a)] : [])),
);
const MAP_DIR = resolve('sourcemaps');

const OBFUSCATOR_OPTIONS = {
  compact: true,
  controlFlowFlattening: true,
  controlFlowFlatteningThreshold: 0.5,
  stringArray: true,
  stringArrayEncoding: ['base64'],
  stringArrayThreshold: 0.75,
  identifierNamesGenerator: 'hexadecimal',
  selfDefending: false,      // would break debugging for the user's own team
  debugProtection: false,    // can freeze browsers with DevTools open
  seed: 1337,                // reproducible output
  sourceMap: true,
  sourceMapMode: 'separate',
};

async function* walk(d) {
  for (const e of await readdir(d, { withFileTypes: true })) {
    const p = join(d, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (e.name.endsWith('.js') && !e.name.endsWith('.min.js')) yield p;
  }
}

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const gz = (s) => gzipSync(Buffer.from(s)).length;

async function main() {
  if (!(await stat(dir).catch(() => null))) {
    console.error(`${dir} not found — run your build first.`);
    process.exit(1);
  }
  const { minify } = await import('terser');
  const Obfuscator = obfuscateTargets.size
    ? (await import('javascript-obfuscator')).default
    : null;

  let before = 0, after = 0;
  for await (const file of walk(dir)) {
    const rel = relative(dir, file);
    const src = await readFile(file, 'utf8');
    before += gz(src);
    if (checkOnly) {
      console.log(`${rel.padEnd(40)} ${kb(src.length).padStart(10)} (gz ${kb(gz(src))})`);
      continue;
    }

    const min = await minify(src, {
      compress: { passes: 2, drop_debugger: true },
      mangle: true,
      sourceMap: { filename: rel, url: undefined }, // no sourceMappingURL comment
      format: { comments: /@license|@preserve/ },
    });
    let code = min.code;
    let map = min.map;

    if (obfuscateTargets.has(resolve(file))) {
      const res = Obfuscator.obfuscate(code, { ...OBFUSCATOR_OPTIONS, inputFileName: rel });
      code = res.getObfuscatedCode().replace(/\n\/\/# sourceMappingURL=.*$/, '');
      map = res.getSourceMap();
      console.log(`obfuscated ${rel}`);
    }

    await writeFile(file, code);
    const mapPath = join(MAP_DIR, `${rel}.map`);
    await mkdir(dirname(mapPath), { recursive: true });
    await writeFile(mapPath, typeof map === 'string' ? map : JSON.stringify(map));
    after += gz(code);
    console.log(`${rel.padEnd(40)} ${kb(src.length).padStart(10)} -> ${kb(code.length).padStart(10)}`);
  }
  if (!checkOnly) {
    console.log(`\nTotal gzipped: ${kb(before)} -> ${kb(after)}`);
    console.log(`Source maps in ${relative(process.cwd(), MAP_DIR)}/ (not served; upload privately).`);
  } else {
    console.log(`\nTotal gzipped: ${kb(before)}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
