#!/usr/bin/env node
const { Session } = require('inspector');
const fs = require('fs');
const path = require('path');
require('./sampler');

const entry = process.argv[2];
const secs = Number(process.argv[3] || 15);
if (!entry) { console.error('usage: profile.js <entry.js> [seconds]'); process.exit(1); }

const session = new Session();
session.connect();
session.post('Profiler.enable', () => {
  session.post('Profiler.start', () => {
    require(path.resolve(entry));
    setTimeout(() => {
      session.post('Profiler.stop', (err, { profile }) => {
        if (err) throw err;
        fs.writeFileSync('profile.cpuprofile', JSON.stringify(profile));
        const self = {};
        for (const n of profile.nodes) {
          const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url}:${n.callFrame.lineNumber}`;
          self[k] = (self[k] || 0) + (n.hitCount || 0);
        }
        Object.entries(self).sort((a, b) => b[1] - a[1]).slice(0, 10)
          .forEach(([k, v]) => console.log(String(v).padStart(6), k));
        process.exit(0);
      });
    }, secs * 1000);
  });
});
