export interface LineItem { description: string; qty: number; unitPrice: number }
export interface Payment { iban?: string; bic?: string; wallet?: string }
export interface Invoice {
  number: string;
  issuer: { name: string; address: string; vat?: string };
  client: { name: string; address: string };
  currency: string;
  taxRate: number;
  items: LineItem[];
  payment: Payment;
  dueDate?: string;
}
