import fs from 'node:fs';
// @ts-ignore no types
import pdf from 'pdf-parse';

export type Invoice = {
  vendor: string;
  number: string;
  amount: number;
  currency: string;
  due?: string;
  iban?: string;
  bic?: string;
  bankVerified?: boolean;
};

const RX = {
  number: /invoice\s*(no\.?|number|#)\s*[:\-]?\s*([A-Z0-9\-\/]+)/i,
  amount: /(total|amount due)\s*[:\-]?\s*(EUR|USD|GBP|€|\$|£)?\s*([\d.,]+)/i,
  due: /due\s*(date)?\s*[:\-]?\s*(\d{4}-\d{2}-\d{2}|\d{2}[./]\d{2}[./]\d{4})/i,
  iban: /\b([A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){3,7}(?:\s?[A-Z0-9]{1,3})?)\b/,
  bic: /\b(BIC|SWIFT)\s*[:\-]?\s*([A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?)\b/,
};

function money(s: string): number {
  const t = s.replace(/\s/g, '');
  return t.lastIndexOf(',') > t.lastIndexOf('.') ? Number(t.replace(/\./g, '').replace(',', '.')) : Number(t.replace(/,/g, ''));
}

export async function extract(file: string, knownIbans: Record<string, string> = {}): Promise<Invoice> {
  const text: string = (await pdf(fs.readFileSync(file))).text;
  const vendor = text.split('\n').map((l) => l.trim()).find(Boolean) ?? 'Unknown';
  const a = text.match(RX.amount);
  const cur = a?.[2] ?? 'EUR';
  const iban = text.match(RX.iban)?.[1]?.replace(/\s/g, '');
  return {
    vendor,
    number: text.match(RX.number)?.[2] ?? '',
    amount: a ? money(a[3]) : 0,
    currency: { '€': 'EUR', $: 'USD', '£': 'GBP' }[cur] ?? cur,
    due: text.match(RX.due)?.[2],
    iban,
    bic: text.match(RX.bic)?.[2],
    bankVerified: !!iban && knownIbans[vendor] === iban,
  };
}
