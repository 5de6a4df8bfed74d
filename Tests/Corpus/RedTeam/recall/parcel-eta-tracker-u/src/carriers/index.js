'use strict';
const fs = require('fs');
const path = require('path');
const cfg = require('../../config/carriers.json');

const generated = path.join(__dirname, 'generated');

function detect(trackingNumber) {
  for (const [name, c] of Object.entries(cfg.carriers)) {
    if (new RegExp(c.pattern).test(trackingNumber)) return name;
  }
  return null;
}

function adapter(name) {
  const p = path.join(generated, `${name}.js`);
  if (fs.existsSync(p)) return require(p);
  return require(`./${name}`);
}

module.exports = { detect, adapter };
