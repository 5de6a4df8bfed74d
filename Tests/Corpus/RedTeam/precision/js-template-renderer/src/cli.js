#!/usr/bin/env node
import { readFileSync } from "node:fs";
import path from "node:path";
import { renderFile } from "./render.js";

const [tmpl, dataFile] = process.argv.slice(2);
if (!tmpl || !dataFile) {
  console.error("usage: cli.js <templates/file.tmpl> <data.json>");
  process.exit(2);
}
const data = JSON.parse(readFileSync(dataFile, "utf8"));
process.stdout.write(renderFile(path.relative("templates", tmpl), data));
