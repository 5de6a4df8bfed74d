#!/usr/bin/env node
// add-labels.mjs <label>...  - add labels to the current pull request
import { addLabels, pullNumber } from "../lib/github.mjs";

const labels = process.argv.slice(2);
const number = pullNumber();
if (!labels.length || !number) {
  console.error("usage: add-labels.mjs <label>...   (must run on a pull_request event)");
  process.exit(2);
}
await addLabels(number, labels);
console.log(`labels added to #${number}: ${labels.join(", ")}`);
