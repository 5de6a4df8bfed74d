#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const AnkiExport = require('anki-apkg-export').default;

const [, , cardsFile, deckName = 'Deck Forge', outFile = 'deck.apkg'] = process.argv;
if (!cardsFile) {
  console.error('usage: build-deck.js cards.json "Deck Name" out.apkg');
  process.exit(1);
}

const cards = JSON.parse(fs.readFileSync(cardsFile, 'utf8'));
const apkg = new AnkiExport(deckName);
const seen = new Set();
const counts = { basic: 0, cloze: 0, skipped: 0 };

for (const c of cards) {
  const front = c.type === 'cloze' ? c.text : c.front;
  const key = (front || '').toLowerCase().replace(/\s+/g, ' ').trim();
  if (!key || seen.has(key)) { counts.skipped++; continue; }
  seen.add(key);
  const back = c.type === 'cloze' ? (c.extra || '') : c.back;
  const src = c.source ? `<div class="src">${c.source}</div>` : '';
  apkg.addCard(front, `${back}${src}`, { tags: c.tags || [] });
  counts[c.type === 'cloze' ? 'cloze' : 'basic']++;
}

apkg.save().then(zip => {
  fs.mkdirSync(path.dirname(path.resolve(outFile)), { recursive: true });
  fs.writeFileSync(outFile, zip, 'binary');
  console.log(`wrote ${outFile}: ${counts.basic} basic, ${counts.cloze} cloze, ${counts.skipped} skipped`);
});
