#!/usr/bin/env node
'use strict';
const fs = require('fs');
const { execSync } = require('child_process');
const semver = require('semver');

const [cmd, ...rest] = process.argv.slice(2);
const sh = (c) => execSync(c, { stdio: 'inherit' });

function bump(kind = 'patch') {
  const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
  pkg.version = semver.inc(pkg.version, kind);
  fs.writeFileSync('package.json', JSON.stringify(pkg, null, 2) + '\n');
  const gradle = 'android/app/build.gradle';
  if (fs.existsSync(gradle)) {
    let g = fs.readFileSync(gradle, 'utf8');
    g = g.replace(/versionCode (\d+)/, (_, n) => `versionCode ${+n + 1}`)
         .replace(/versionName "[^"]+"/, `versionName "${pkg.version}"`);
    fs.writeFileSync(gradle, g);
  }
  console.log('version ->', pkg.version);
}

function android(flags) {
  const task = flags.includes('--aab') ? 'bundleRelease' : 'assembleRelease';
  sh(`cd android && ./gradlew ${task} -Pandroid.injected.signing.store.file=$ANDROID_KEYSTORE_PATH ` +
     `-Pandroid.injected.signing.store.password=$ANDROID_KEYSTORE_PASSWORD ` +
     `-Pandroid.injected.signing.key.alias=$ANDROID_KEY_ALIAS ` +
     `-Pandroid.injected.signing.key.password=$ANDROID_KEY_PASSWORD`);
}

function ios(flags) {
  const i = flags.indexOf('--export-method');
  const method = i >= 0 ? flags[i + 1] : 'app-store';
  sh(`cd ios && xcodebuild -workspace *.xcworkspace -scheme "$(ls *.xcworkspace | sed 's/.xcworkspace//')" ` +
     `-configuration Release -archivePath build/App.xcarchive archive`);
  fs.writeFileSync('ios/build/export.plist',
    `<?xml version="1.0"?><plist version="1.0"><dict><key>method</key><string>${method}</string></dict></plist>`);
  sh('cd ios && xcodebuild -exportArchive -archivePath build/App.xcarchive -exportOptionsPlist build/export.plist -exportPath build');
}

function changelog() {
  const last = execSync('git describe --tags --abbrev=0 2>/dev/null || true').toString().trim();
  const log = execSync(`git log ${last ? last + '..' : ''}HEAD --pretty=%s`).toString().split('\n').filter(Boolean);
  const groups = { feat: [], fix: [], other: [] };
  for (const l of log) (groups[(l.match(/^(feat|fix)/) || [, 'other'])[1]]).push(l);
  console.log('## Features\n' + groups.feat.map((x) => '- ' + x).join('\n'));
  console.log('\n## Fixes\n' + groups.fix.map((x) => '- ' + x).join('\n'));
}

({ bump: () => bump(rest[0]), android: () => android(rest), ios: () => ios(rest), changelog }[cmd] || (() => {
  console.error('usage: release.js bump|android|ios|changelog');
  process.exit(2);
}))();
