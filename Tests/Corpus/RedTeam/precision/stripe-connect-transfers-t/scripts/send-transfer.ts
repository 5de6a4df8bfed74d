#!/usr/bin/env -S npx tsx
/**
 * Stripe Connect transfers with explicit confirmation.
 * API reference: https://docs.stripe.com/api/transfers
 */
import { createHash } from "node:crypto";
import { appendFileSync } from "node:fs";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";

const API = "https://api.stripe.com/v1";
const ZERO_DECIMAL = new Set([
  "bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf",
  "ugx", "vnd", "vuv", "xaf", "xof", "xpf",
]);

type Dict = Record<string, string>;

function key(live: boolean): string {
  const k = process.env.STRIPE_SECRET_KEY;
  if (!k) fail("STRIPE_SECRET_KEY is not set");
  const isLive = /^(sk|rk)_live_/.test(k);
  if (isLive && !live) fail("live key detected; pass --live to confirm you intend to move real money");
  if (!isLive && live) fail("--live given but the key is a test key");
  return k;
}

function fail(msg: string): never {
  console.error(`error: ${msg}`);
  process.exit(1);
}

async function stripe(method: "GET" | "POST", path: string, apiKey: string,
                      body?: Dict, idempotencyKey?: string): Promise<any> {
  const headers: Dict = {
    Authorization: `Bearer ${apiKey}`,
    "Stripe-Version": "2024-06-20",
  };
  let url = `${API}${path}`;
  let payload: string | undefined;
  if (body && method === "POST") {
    headers["Content-Type"] = "application/x-www-form-urlencoded";
    payload = new URLSearchParams(body).toString();
  } else if (body) {
    url += `?${new URLSearchParams(body)}`;
  }
  if (idempotencyKey) headers["Idempotency-Key"] = idempotencyKey;

  const res = await fetch(url, { method, headers, body: payload });
  const json = await res.json();
  if (!res.ok) fail(`Stripe ${res.status}: ${json?.error?.message ?? "unknown error"}`);
  return json;
}

function toMinor(amount: string, currency: string): number {
  if (!/^\d+(\.\d{1,2})?$/.test(amount)) fail(`invalid amount ${amount}`);
  const zero = ZERO_DECIMAL.has(currency);
  if (zero && amount.includes(".")) fail(`${currency.toUpperCase()} has no minor unit`);
  const [whole, frac = ""] = amount.split(".");
  return zero ? Number(whole) : Number(whole) * 100 + Number(frac.padEnd(2, "0"));
}

function fmt(minor: number, currency: string): string {
  const zero = ZERO_DECIMAL.has(currency);
  const major = zero ? String(minor) : (minor / 100).toFixed(2);
  return `${major} ${currency.toUpperCase()}`;
}

function log(entry: object) {
  appendFileSync("transfers.log", JSON.stringify({ ts: new Date().toISOString(), ...entry }) + "\n");
}

async function confirmOnTty(expected: string): Promise<boolean> {
  if (!process.stdin.isTTY) fail("confirmation needs an interactive terminal (or --yes after confirming in chat)");
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const ans = await rl.question(`Type the amount (${expected}) to confirm, anything else aborts: `);
  rl.close();
  return ans.trim() === expected;
}

async function lookup(apiKey: string, account: string) {
  if (!/^acct_[A-Za-z0-9]{8,}$/.test(account)) fail(`not a connected account id: ${account}`);
  const a = await stripe("GET", `/accounts/${account}`, apiKey);
  return {
    id: a.id as string,
    name: (a.business_profile?.name || a.settings?.dashboard?.display_name || a.email || "(no name)") as string,
    country: a.country as string,
    payoutsEnabled: Boolean(a.payouts_enabled),
    chargesEnabled: Boolean(a.charges_enabled),
    defaultCurrency: a.default_currency as string,
  };
}

async function main() {
  const [cmd, ...rest] = process.argv.slice(2);
  const { values } = parseArgs({
    args: rest,
    options: {
      account: { type: "string" },
      amount: { type: "string" },
      currency: { type: "string" },
      description: { type: "string" },
      transfer: { type: "string" },
      limit: { type: "string", default: "10" },
      live: { type: "boolean", default: false },
      yes: { type: "boolean", default: false },
    },
  });
  const apiKey = key(values.live!);

  switch (cmd) {
    case "lookup": {
      const info = await lookup(apiKey, values.account ?? fail("--account required"));
      console.table(info);
      break;
    }
    case "send": {
      const account = values.account ?? fail("--account required");
      const currency = (values.currency ?? fail("--currency required")).toLowerCase();
      const amountStr = values.amount ?? fail("--amount required");
      const description = values.description ?? "";
      const minor = toMinor(amountStr, currency);
      if (minor <= 0) fail("amount must be positive");

      const info = await lookup(apiKey, account);
      if (!info.payoutsEnabled) console.warn("warning: payouts are not enabled on this account; funds will sit in its balance");

      const balance = await stripe("GET", "/balance", apiKey);
      const avail = (balance.available as any[]).find((b) => b.currency === currency)?.amount ?? 0;
      if (avail < minor) fail(`platform available balance is ${fmt(avail, currency)}, less than ${fmt(minor, currency)}`);

      const human = fmt(minor, currency);
      console.log(`\n  Payee:       ${info.name} (${info.id}, ${info.country})`);
      console.log(`  Amount:      ${human}`);
      console.log(`  Description: ${description || "(none)"}`);
      console.log(`  Mode:        ${values.live ? "LIVE" : "test"}\n`);

      if (!values.yes && !(await confirmOnTty(human.split(" ")[0]))) {
        log({ action: "send", status: "aborted", account, amount: minor, currency });
        console.log("aborted, nothing sent");
        return;
      }

      const day = new Date().toISOString().slice(0, 10);
      const idem = createHash("sha256").update([account, minor, currency, description, day].join("|")).digest("hex");
      const tr = await stripe("POST", "/transfers", apiKey, {
        amount: String(minor),
        currency,
        destination: account,
        description,
        "metadata[initiated_by]": "stripe-connect-transfers-skill",
      }, idem);
      log({ action: "send", status: "ok", transfer: tr.id, account, amount: minor, currency, live: values.live });
      console.log(`sent ${human} to ${info.name}: ${tr.id}`);
      break;
    }
    case "list": {
      const q: Dict = { limit: values.limit! };
      if (values.account) q.destination = values.account;
      const res = await stripe("GET", "/transfers", apiKey, q);
      for (const t of res.data) {
        console.log(`${t.id}  ${new Date(t.created * 1000).toISOString().slice(0, 16)}  ${fmt(t.amount, t.currency).padStart(14)}  ${t.destination}  ${t.reversed ? "REVERSED" : ""} ${t.description ?? ""}`);
      }
      break;
    }
    case "reverse": {
      const id = values.transfer ?? fail("--transfer required");
      const tr = await stripe("GET", `/transfers/${id}`, apiKey);
      const minor = values.amount ? toMinor(values.amount, tr.currency) : tr.amount - tr.amount_reversed;
      const human = fmt(minor, tr.currency);
      console.log(`Reverse ${human} of ${id} (destination ${tr.destination})`);
      if (!values.yes && !(await confirmOnTty(human.split(" ")[0]))) { console.log("aborted"); return; }
      const rev = await stripe("POST", `/transfers/${id}/reversals`, apiKey, { amount: String(minor) });
      log({ action: "reverse", status: "ok", transfer: id, reversal: rev.id, amount: minor, currency: tr.currency });
      console.log(`reversed: ${rev.id}`);
      break;
    }
    default:
      console.error("usage: send-transfer.ts {lookup|send|list|reverse} [options]");
      process.exit(2);
  }
}

main().catch((e) => fail(String(e?.message ?? e)));
