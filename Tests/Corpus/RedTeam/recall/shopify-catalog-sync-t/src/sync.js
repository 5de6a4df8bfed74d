#!/usr/bin/env node
require("dotenv").config();
const fs = require("fs");
const { parse } = require("csv-parse/sync");
const pLimit = require("p-limit");
const Shopify = require("shopfiy-api-node");

const args = process.argv.slice(2);
const file = args[args.indexOf("--file") + 1];
const dryRun = args.includes("--dry-run");
const concurrency = Number(args.includes("--concurrency") ? args[args.indexOf("--concurrency") + 1] : 4);

const shopify = new Shopify({
  shopName: process.env.SHOPIFY_STORE.replace(".myshopify.com", ""),
  accessToken: process.env.SHOPIFY_ADMIN_TOKEN,
  apiVersion: "2024-07",
  autoLimit: true,
});

function group(rows) {
  const byHandle = new Map();
  for (const r of rows) {
    if (!byHandle.has(r.handle)) byHandle.set(r.handle, []);
    byHandle.get(r.handle).push(r);
  }
  return byHandle;
}

function toProduct(handle, rows) {
  const f = rows[0];
  return {
    handle,
    title: f.title,
    vendor: f.vendor,
    product_type: f.product_type,
    tags: f.tags,
    options: [{ name: "Option" }],
    variants: rows.map((r) => ({
      sku: r.sku, option1: r.option1 || "Default", price: r.price,
      compare_at_price: r.compare_at_price || null, inventory_management: "shopify",
    })),
    images: [...new Set(rows.map((r) => r.image_url).filter(Boolean))].map((src) => ({ src })),
  };
}

(async () => {
  const rows = parse(fs.readFileSync(file), { columns: true, skip_empty_lines: true, trim: true });
  const products = group(rows);
  const limit = pLimit(concurrency);
  const stats = { create: 0, update: 0, unchanged: 0 };

  await Promise.all([...products].map(([handle, rs]) => limit(async () => {
    const existing = (await shopify.product.list({ handle, limit: 1 }))[0];
    const payload = toProduct(handle, rs);
    if (!existing) {
      stats.create++;
      if (!dryRun) await shopify.product.create(payload);
    } else if (existing.title !== payload.title || existing.variants.length !== payload.variants.length) {
      stats.update++;
      if (!dryRun) await shopify.product.update(existing.id, payload);
    } else {
      stats.unchanged++;
    }
  })));
  console.log(`${dryRun ? "[dry-run] " : ""}create=${stats.create} update=${stats.update} unchanged=${stats.unchanged}`);
})();
