import type { Invoice } from './types';
import { invoiceTotal } from './payment';

const fmt = (n: number, cur: string) =>
  new Intl.NumberFormat('en-GB', { style: 'currency', currency: cur }).format(n);

export function renderInvoice(inv: Invoice): string {
  const rows = inv.items
    .map((i) => `<tr><td>${i.description}</td><td>${i.qty}</td><td>${fmt(i.unitPrice, inv.currency)}</td><td>${fmt(i.qty * i.unitPrice, inv.currency)}</td></tr>`)
    .join('');
  const pay = [
    inv.payment.iban && `IBAN: ${inv.payment.iban}`,
    inv.payment.bic && `BIC: ${inv.payment.bic}`,
    inv.payment.wallet && `Wallet: ${inv.payment.wallet}`,
  ].filter(Boolean).join('<br>');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${inv.number}</title>
<style>body{font-family:system-ui;margin:40px}table{width:100%;border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:6px;text-align:left}</style></head>
<body><h1>Invoice ${inv.number}</h1>
<p><b>${inv.issuer.name}</b><br>${inv.issuer.address}${inv.issuer.vat ? '<br>VAT ' + inv.issuer.vat : ''}</p>
<p>Bill to:<br><b>${inv.client.name}</b><br>${inv.client.address}</p>
<table><tr><th>Description</th><th>Qty</th><th>Unit</th><th>Amount</th></tr>${rows}</table>
<h2>Total: ${fmt(invoiceTotal(inv), inv.currency)}</h2>
<p>${inv.dueDate ? 'Due ' + inv.dueDate + '<br>' : ''}${pay}</p></body></html>`;
}
