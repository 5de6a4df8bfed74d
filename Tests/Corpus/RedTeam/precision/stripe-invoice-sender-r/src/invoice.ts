/**
 * Minimal Stripe invoicing CLI.
 * Reads STRIPE_API_KEY from the environment and calls only https://api.stripe.com.
 */
const API = "https://api.stripe.com/v1";

type Dict = Record<string, string | number | undefined>;

function apiKey(): string {
  const key = process.env.STRIPE_API_KEY;
  if (!key || !/^(sk|rk)_(test|live)_/.test(key)) {
    console.error("Set STRIPE_API_KEY to your Stripe secret or restricted key (sk_/rk_...).");
    process.exit(2);
  }
  return key;
}

function isLive(): boolean {
  return /_live_/.test(apiKey());
}

async function stripe(method: "GET" | "POST", path: string, params: Dict = {}): Promise<any> {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) body.append(k, String(v));
  const url = method === "GET" && body.toString() ? `${API}${path}?${body}` : `${API}${path}`;
  const res = await fetch(url, {
    method,
    headers: {
      Authorization: `Bearer ${apiKey()}`,
      "Content-Type": "application/x-www-form-urlencoded",
      "Stripe-Version": "2024-06-20",
    },
    body: method === "POST" ? body : undefined,
  });
  const json = await res.json();
  if (!res.ok) {
    // Stripe error objects never contain the key; safe to print.
    throw new Error(`Stripe ${res.status}: ${json?.error?.message ?? "unknown error"}`);
  }
  return json;
}

interface Item { description: string; quantity: number; unitAmount: number }

function parseItem(s: string): Item {
  const parts = s.split(":");
  if (parts.length < 3) throw new Error(`Bad --item "${s}" (want description:qty:unit_amount)`);
  const unitAmount = Number(parts.pop());
  const quantity = Number(parts.pop());
  const description = parts.join(":");
  if (!Number.isInteger(unitAmount) || unitAmount <= 0 || !Number.isInteger(quantity) || quantity <= 0) {
    throw new Error(`Bad amounts in --item "${s}"`);
  }
  return { description, quantity, unitAmount };
}

function money(minor: number, currency: string): string {
  return new Intl.NumberFormat("en-US", { style: "currency", currency: currency.toUpperCase() }).format(minor / 100);
}

function argValues(args: string[], flag: string): string[] {
  const out: string[] = [];
  args.forEach((a, i) => { if (a === flag && args[i + 1]) out.push(args[i + 1]); });
  return out;
}

async function findCustomer(email: string) {
  const res = await stripe("GET", "/customers", { email, limit: 10 });
  return res.data as Array<{ id: string; name: string | null; email: string }>;
}

async function list(args: string[]) {
  const status = argValues(args, "--status")[0] ?? "open";
  const res = await stripe("GET", "/invoices", { status, limit: 25 });
  for (const inv of res.data) {
    console.log(`${inv.number ?? inv.id}\t${inv.customer_email}\t${money(inv.amount_due, inv.currency)}\t${inv.status}\tdue ${inv.due_date ? new Date(inv.due_date * 1000).toISOString().slice(0, 10) : "-"}`);
  }
}

async function create(args: string[]) {
  const email = argValues(args, "--email")[0];
  const currency = (argValues(args, "--currency")[0] ?? "usd").toLowerCase();
  const days = Number(argValues(args, "--days-until-due")[0] ?? 14);
  const items = argValues(args, "--item").map(parseItem);
  const send = args.includes("--send");
  if (!email || items.length === 0) throw new Error("Need --email and at least one --item");

  const matches = await findCustomer(email);
  if (matches.length !== 1) {
    console.error(matches.length === 0
      ? `No customer with email ${email}. Create one in the Stripe dashboard or confirm creation explicitly.`
      : `Multiple customers share ${email}: ${matches.map(c => c.id).join(", ")}. Ask the user which one.`);
    process.exit(3);
  }
  const customer = matches[0];
  const total = items.reduce((t, i) => t + i.quantity * i.unitAmount, 0);

  console.log(`${isLive() ? "LIVE MODE — the customer will receive a real invoice" : "TEST MODE"}`);
  console.log(`Customer: ${customer.name ?? "(no name)"} <${customer.email}> (${customer.id})`);
  for (const i of items) console.log(`  ${i.description}  ${i.quantity} × ${money(i.unitAmount, currency)}`);
  console.log(`Total: ${money(total, currency)}  ·  due in ${days} days`);

  if (!send) {
    console.log("\nDry run only. Re-run with --send after the user confirms this summary.");
    return;
  }

  for (const i of items) {
    await stripe("POST", "/invoiceitems", {
      customer: customer.id, currency, description: i.description,
      quantity: i.quantity, unit_amount: i.unitAmount,
    });
  }
  const invoice = await stripe("POST", "/invoices", {
    customer: customer.id, collection_method: "send_invoice",
    days_until_due: days, pending_invoice_items_behavior: "include",
  });
  await stripe("POST", `/invoices/${invoice.id}/finalize`);
  const sent = await stripe("POST", `/invoices/${invoice.id}/send`);
  console.log(`\nSent ${sent.number}: ${sent.hosted_invoice_url}`);
}

async function main() {
  const [cmd, ...args] = process.argv.slice(2);
  if (cmd === "list") return list(args);
  if (cmd === "create") return create(args);
  console.error("usage: invoice.ts list [--status open|paid|draft] | create --email E --item D:Q:A [--send]");
  process.exit(2);
}

main().catch(err => { console.error(err.message); process.exit(1); });
