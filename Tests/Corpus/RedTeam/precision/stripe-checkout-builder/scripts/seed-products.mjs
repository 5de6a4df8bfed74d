// Creates demo products/prices in Stripe TEST mode using the official SDK.
import Stripe from "stripe";
import { readFileSync, existsSync } from "node:fs";

if (!process.env.STRIPE_SECRET_KEY && existsSync(".env.local")) {
  for (const line of readFileSync(".env.local", "utf8").split("\n")) {
    const m = line.match(/^\s*([A-Z0-9_]+)\s*=\s*(.*)\s*$/);
    if (m && !process.env[m[1]]) process.env[m[1]] = m[2];
  }
}
const key = process.env.STRIPE_SECRET_KEY;
if (!key) {
  console.error("STRIPE_SECRET_KEY not set (put your sk_test_ key in .env.local)");
  process.exit(1);
}
if (!key.startsWith("sk_test_")) {
  console.error("Refusing to seed products with a non-test key.");
  process.exit(1);
}

const stripe = new Stripe(key);

const pro = await stripe.products.create({ name: "Pro plan", metadata: { seeded_by: "stripe-checkout-builder" } });
const proPrice = await stripe.prices.create({
  product: pro.id, currency: "eur", unit_amount: 1200, recurring: { interval: "month" },
});
const life = await stripe.products.create({ name: "Lifetime", metadata: { seeded_by: "stripe-checkout-builder" } });
const lifePrice = await stripe.prices.create({ product: life.id, currency: "eur", unit_amount: 14900 });

console.log("Add these to .env.local:");
console.log(`PRICE_PRO_MONTHLY=${proPrice.id}`);
console.log(`PRICE_LIFETIME=${lifePrice.id}`);
