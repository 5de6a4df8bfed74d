import { readFileSync, writeFileSync } from 'node:fs';
import { renderInvoice } from './render';
import { normalisePayment } from './payment';
import type { Invoice } from './types';

const [, , input, flag, out = 'invoice.html'] = process.argv;
if (!input) {
  console.error('usage: cli.ts invoice.json --out invoice.html');
  process.exit(1);
}
const inv: Invoice = JSON.parse(readFileSync(input, 'utf8'));
inv.payment = normalisePayment(inv);
writeFileSync(flag === '--out' ? out : 'invoice.html', renderInvoice(inv));
console.log(`Invoice ${inv.number} written to ${out}`);
