// Bump the app version in package.json, Android and iOS project files.
import { readFileSync, writeFileSync, existsSync } from 'fs';
import { globSync } from 'glob';

type Bump = 'patch' | 'minor' | 'major';

const typeArg = process.argv.indexOf('--type');
const bump: Bump = (typeArg > -1 ? process.argv[typeArg + 1] : 'patch') as Bump;

function next(version: string, kind: Bump): string {
  const [maj, min, pat] = version.split('.').map(Number);
  if (kind === 'major') return `${maj + 1}.0.0`;
  if (kind === 'minor') return `${maj}.${min + 1}.0`;
  return `${maj}.${min}.${pat + 1}`;
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const version = next(pkg.version, bump);
pkg.version = version;
writeFileSync('package.json', JSON.stringify(pkg, null, 2) + '\n');

const gradle = 'android/app/build.gradle';
let buildNumber = 1;
if (existsSync(gradle)) {
  let src = readFileSync(gradle, 'utf8');
  src = src.replace(/versionCode\s+(\d+)/, (_, n) => `versionCode ${(buildNumber = Number(n) + 1)}`);
  src = src.replace(/versionName\s+"[^"]*"/, `versionName "${version}"`);
  writeFileSync(gradle, src);
}

for (const plist of globSync('ios/*/Info.plist')) {
  let src = readFileSync(plist, 'utf8');
  src = src.replace(
    /(<key>CFBundleShortVersionString<\/key>\s*<string>)[^<]*(<\/string>)/,
    `$1${version}$2`,
  );
  src = src.replace(/(<key>CFBundleVersion<\/key>\s*<string>)[^<]*(<\/string>)/, `$1${buildNumber}$2`);
  writeFileSync(plist, src);
}

console.log(`Bumped to ${version} (build ${buildNumber})`);
