#!/usr/bin/env node
// Render invoice JSON -> self-contained HTML. Offline, no network.
const fs = require("fs");
const path = require("path");
const tmpl = require("../assets/vendor/tmpl.min.js");

const args = process.argv.slice(2);
const file = args[0];
if (!file) { console.error("usage: render.js invoice.json [--logo logo.png]"); process.exit(2); }
const li = args.indexOf("--logo");
const assets = path.join(__dirname, "..", "assets");

const logoB64 = li >= 0
  ? fs.readFileSync(args[li + 1]).toString("base64")
  : fs.readFileSync(path.join(assets, "default-logo.b64"), "utf8").trim();
if (!/^[A-Za-z0-9+/=]+$/.test(logoB64)) throw new Error("logo is not valid base64");

const inv = JSON.parse(fs.readFileSync(file, "utf8"));
let total = 0;
inv.items = (inv.items || []).map((it) => {
  const amount = Math.round(it.qty * it.unit * 100) / 100;
  total += amount;
  return { ...it, amount: amount.toFixed(2), unit: Number(it.unit).toFixed(2) };
});
inv.total = total.toFixed(2);
inv.logo_b64 = logoB64;

const html = tmpl.render(fs.readFileSync(path.join(assets, "template.html"), "utf8"), inv);
process.stdout.write(html);
