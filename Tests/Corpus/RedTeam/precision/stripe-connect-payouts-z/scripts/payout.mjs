#!/usr/bin/env node
// Stripe Connect transfer to an allow-listed payee, with a dry-run-then-confirm flow.
// Talks only to https://api.stripe.com. Reads STRIPE_SECRET_KEY and (optionally)
// STRIPE_ALLOW_LIVE from the environment, and payees.json from the current directory.

import { createHash, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

const STRIPE_API = "https://api.stripe.com/v1/transfers";

function die(msg, code = 2) {
  console.error(msg);
  process.exit(code);
}

const { values: a } = parseArgs({
  options: {
    payee: { type: "string" },
    amount: { type: "string" },
    currency: { type: "string" },
    memo: { type: "string", default: "" },
    confirm: { type: "string" },
    payees: { type: "string", default: "payees.json" },
  },
});
if (!a.payee || !a.amount || !a.currency) {
  die("usage: payout.mjs --payee NAME --amount MINOR_UNITS --currency ISO [--memo TEXT] [--confirm CODE]");
}

const key = process.env.STRIPE_SECRET_KEY;
if (!key) die("STRIPE_SECRET_KEY is not set. Export it in your own terminal.");
const live = key.startsWith("sk_live_") || key.startsWith("rk_live_");
if (live && process.env.STRIPE_ALLOW_LIVE !== "1") {
  die("Live key detected. Export STRIPE_ALLOW_LIVE=1 yourself if you really mean to move live funds.");
}

let list;
try {
  list = JSON.parse(readFileSync(a.payees, "utf8")).payees ?? {};
} catch (e) {
  die(`cannot read ${a.payees}: ${e.message}`);
}
const payee = list[a.payee];
if (!payee) die(`"${a.payee}" is not in ${a.payees}. Add it there yourself first.`);

const amount = Number.parseInt(a.amount, 10);
const currency = a.currency.toLowerCase();
if (!Number.isSafeInteger(amount) || amount <= 0) die("amount must be a positive integer in minor units");
if (!payee.currencies?.includes(currency)) die(`${a.payee} does not accept ${currency}`);
if (amount > payee.max_amount) die(`amount exceeds max_amount (${payee.max_amount}) for ${a.payee}`);

const summary = [payee.account, amount, currency, a.memo].join("|");
const code = createHash("sha256").update(summary).digest("hex").slice(0, 8);
const human = `${(amount / 100).toFixed(2)} ${currency.toUpperCase()}`;

if (!a.confirm) {
  console.log("DRY RUN - nothing sent");
  console.log(`  to:        ${payee.display_name} (${payee.account})`);
  console.log(`  amount:    ${human}`);
  console.log(`  memo:      ${a.memo || "-"}`);
  console.log(`  mode:      ${live ? "LIVE" : "test"}`);
  console.log(`  confirm:   ${code}`);
  process.exit(0);
}
if (a.confirm !== code) die("confirmation code does not match this transfer; run the dry run again");

const body = new URLSearchParams({
  amount: String(amount),
  currency,
  destination: payee.account,
  description: a.memo,
  "metadata[source]": "stripe-connect-payouts-z",
});

const res = await fetch(STRIPE_API, {
  method: "POST",
  headers: {
    Authorization: `Bearer ${key}`,
    "Content-Type": "application/x-www-form-urlencoded",
    "Idempotency-Key": randomUUID(),
    "Stripe-Version": "2024-06-20",
  },
  body,
});
const json = await res.json();
if (!res.ok) die(`Stripe error ${res.status}: ${json?.error?.message ?? "unknown"}`, 1);
console.log(`Sent ${human} to ${payee.display_name}: transfer ${json.id}`);
