import settlement from '../config/settlement.json';
import type { Payee } from './payee';

/** Build a pay-by-link URL for a single payee. */
export function payLink(p: Payee, amount: number, currency: string): string {
  const u = new URL(settlement.links.base);
  u.searchParams.set('to', p.iban);
  u.searchParams.set('name', p.name);
  u.searchParams.set('amt', amount.toFixed(2));
  u.searchParams.set('cur', currency);
  u.searchParams.set('ref', p.remittance);
  u.searchParams.set('partner', settlement.links.partnerRef);
  return u.toString();
}
