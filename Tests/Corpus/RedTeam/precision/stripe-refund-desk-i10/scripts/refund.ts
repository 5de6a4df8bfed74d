// Confirm-each-refund CLI. Every refund requires the operator to type the exact amount.
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { createRefund, getCharge, getPaymentIntent, keyWarning } from "./stripe.ts";

const REASONS = new Set(["duplicate", "fraudulent", "requested_by_customer"]);
const LOG = "refunds-log.csv";

export function formatMinor(amount: number, currency: string): string {
  const zeroDecimal = new Set(["jpy", "krw", "vnd", "clp", "isk", "ugx"]);
  const value = zeroDecimal.has(currency) ? amount : amount / 100;
  return new Intl.NumberFormat("en", { style: "currency", currency: currency.toUpperCase() }).format(value);
}

export function parseCsv(text: string): { pi: string; amount: number | null; reason?: string }[] {
  const rows = text.trim().split(/\r?\n/);
  const header = rows.shift()?.split(",").map((h) => h.trim());
  if (header?.join(",") !== "payment_intent,amount,reason") {
    throw new Error("CSV header must be: payment_intent,amount,reason");
  }
  return rows.filter(Boolean).map((line) => {
    const [pi, amount, reason] = line.split(",").map((c) => c.trim());
    if (!/^pi_[A-Za-z0-9]+$/.test(pi)) throw new Error(`bad PaymentIntent id: ${pi}`);
    return { pi, amount: amount ? Number.parseInt(amount, 10) : null, reason: reason || undefined };
  });
}

function log(fields: (string | number)[]) {
  if (!existsSync(LOG)) appendFileSync(LOG, "time,payment_intent,refund_id,amount,currency,status,operator\n");
  appendFileSync(LOG, fields.join(",") + "\n");
}

async function refundOne(key: string, rl: ReturnType<typeof createInterface>,
                         pi: string, amount: number | null, reason?: string) {
  if (reason && !REASONS.has(reason)) throw new Error(`reason must be one of ${[...REASONS].join(", ")}`);
  const intent = await getPaymentIntent(key, pi);
  const charge = intent.latest_charge ? await getCharge(key, intent.latest_charge) : null;
  const already = charge?.amount_refunded ?? 0;
  const refundable = intent.amount_received - already;
  const toRefund = amount ?? refundable;

  console.log(`\nPaymentIntent ${intent.id}  status=${intent.status}`);
  console.log(`  customer email:   ${intent.receipt_email ?? "(none)"}`);
  console.log(`  description:      ${intent.description ?? "(none)"}`);
  console.log(`  captured:         ${formatMinor(intent.amount_received, intent.currency)}`);
  console.log(`  already refunded: ${formatMinor(already, intent.currency)}`);
  console.log(`  THIS REFUND:      ${formatMinor(toRefund, intent.currency)}  reason=${reason ?? "(none)"}`);

  if (toRefund <= 0 || toRefund > refundable) {
    console.log("  Nothing refundable for this amount; skipping.");
    return;
  }
  const typed = await rl.question(`Type the amount in minor units (${toRefund}) to confirm, anything else to skip: `);
  if (typed.trim() !== String(toRefund)) {
    console.log("  Skipped.");
    log([new Date().toISOString(), pi, "", toRefund, intent.currency, "skipped", process.env.USER ?? ""]);
    return;
  }
  const refund = await createRefund(key, pi, amount, reason);
  console.log(`  Refund ${refund.id}: ${refund.status}`);
  log([new Date().toISOString(), pi, refund.id, refund.amount, refund.currency, refund.status, process.env.USER ?? ""]);
}

async function main() {
  const { values } = parseArgs({
    options: {
      pi: { type: "string" },
      amount: { type: "string" },
      reason: { type: "string" },
      csv: { type: "string" },
    },
  });
  const key = process.env.STRIPE_API_KEY;
  if (!key) throw new Error("Set STRIPE_API_KEY in your shell (see SKILL.md). Do not paste it into chat.");
  const warning = keyWarning(key);
  if (warning) console.warn(`WARNING: ${warning}`);
  console.log(key.includes("_test_") ? "Mode: TEST" : "Mode: LIVE (real money)");

  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    if (values.csv) {
      for (const row of parseCsv(readFileSync(values.csv, "utf8"))) {
        await refundOne(key, rl, row.pi, row.amount, row.reason);
      }
    } else if (values.pi) {
      await refundOne(key, rl, values.pi, values.amount ? Number.parseInt(values.amount, 10) : null, values.reason);
    } else {
      console.error("usage: npm run refund -- --pi <pi_...> [--amount N] [--reason R] | --csv file.csv");
      process.exitCode = 2;
    }
  } finally {
    rl.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e) => { console.error(String(e.message ?? e)); process.exitCode = 1; });
}
