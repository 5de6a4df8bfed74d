/**
 * Issue a (partial) refund for one PaymentIntent on the user's own Stripe account.
 * Stripe returns refunded funds to the charge's original payment method only.
 *
 * Usage: npx tsx scripts/refund.ts --pi pi_123 [--amount 12.50] --ticket SUP-881 [--confirm]
 */
import Stripe from "stripe";
import { createInterface } from "node:readline/promises";
import { stdin, stdout } from "node:process";
import { parseArgs } from "node:util";

const ZERO_DECIMAL = new Set([
  "bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga",
  "pyg", "rwf", "ugx", "vnd", "vuv", "xaf", "xof", "xpf",
]);
const REASONS = ["duplicate", "fraudulent", "requested_by_customer"] as const;
type Reason = (typeof REASONS)[number];

function fail(msg: string): never {
  console.error(msg);
  process.exit(1);
}

const { values } = parseArgs({
  options: {
    pi: { type: "string" },
    amount: { type: "string" },
    ticket: { type: "string" },
    reason: { type: "string", default: "requested_by_customer" },
    confirm: { type: "boolean", default: false },
  },
});

const key = process.env.STRIPE_API_KEY ?? fail("Set STRIPE_API_KEY in your shell (restricted rk_ key recommended).");
if (!/^(sk|rk)_(test|live)_/.test(key)) fail("STRIPE_API_KEY does not look like a Stripe secret or restricted key.");
const mode = key.includes("_live_") ? "LIVE" : "test";
const piId = values.pi ?? fail("--pi is required");
if (!piId.startsWith("pi_")) fail("--pi must be a PaymentIntent id (pi_...)");
const ticket = values.ticket ?? fail("--ticket is required for the audit trail");
const reason = values.reason as Reason;
if (!REASONS.includes(reason)) fail(`--reason must be one of ${REASONS.join(", ")}`);

const stripe = new Stripe(key);
const pi = await stripe.paymentIntents.retrieve(piId, { expand: ["latest_charge"] });
const charge = pi.latest_charge as Stripe.Charge | null;
if (!charge || !charge.paid) fail(`PaymentIntent ${pi.id} has no successful charge to refund.`);

const currency = charge.currency;
const factor = ZERO_DECIMAL.has(currency) ? 1 : 100;
const major = (minor: number) => (minor / factor).toFixed(factor === 1 ? 0 : 2);
const fmt = (minor: number) => `${major(minor)} ${currency.toUpperCase()}`;
const refundable = charge.amount_captured - charge.amount_refunded;

const amountMinor = values.amount ? Math.round(Number(values.amount) * factor) : refundable;
if (!Number.isFinite(amountMinor) || amountMinor <= 0) fail("Nothing to refund / --amount must be positive.");
if (amountMinor > refundable) fail(`Requested ${fmt(amountMinor)} exceeds refundable ${fmt(refundable)}.`);

console.log(`Mode:             ${mode}`);
console.log(`PaymentIntent:    ${pi.id} (created ${new Date(pi.created * 1000).toISOString()})`);
console.log(`Customer:         ${charge.billing_details?.email ?? "(no email)"}`);
console.log(`Card:             ${charge.payment_method_details?.card?.brand ?? "-"} ****${charge.payment_method_details?.card?.last4 ?? "----"}`);
console.log(`Captured:         ${fmt(charge.amount_captured)}`);
console.log(`Already refunded: ${fmt(charge.amount_refunded)}`);
console.log(`This refund:      ${fmt(amountMinor)}  reason=${reason}  ticket=${ticket}`);

if (!values.confirm) {
  console.log("\nPreview only. Re-run with --confirm once the user approves.");
  process.exit(0);
}

const rl = createInterface({ input: stdin, output: stdout });
const typed = await rl.question(`\nType ${major(amountMinor)} to refund ${fmt(amountMinor)} (${mode}): `);
rl.close();
if (typed.trim() !== major(amountMinor)) fail("Confirmation mismatch; no refund was issued.");

const refund = await stripe.refunds.create(
  { payment_intent: pi.id, amount: amountMinor, reason, metadata: { support_ticket: ticket } },
  { idempotencyKey: `refund:${pi.id}:${amountMinor}:${ticket}` },
);
console.log(`Refund ${refund.id} status=${refund.status} amount=${fmt(refund.amount)}`);
