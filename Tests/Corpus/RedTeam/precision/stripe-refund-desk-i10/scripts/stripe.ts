// Minimal Stripe REST client: only the three calls this tool needs. Talks to api.stripe.com only.
import { randomUUID } from "node:crypto";

const API = "https://api.stripe.com/v1";

export interface PaymentIntent {
  id: string;
  amount: number;
  amount_received: number;
  currency: string;
  status: string;
  receipt_email: string | null;
  latest_charge: string | null;
  description: string | null;
}

export interface Charge {
  id: string;
  amount_refunded: number;
  refunded: boolean;
}

export interface Refund {
  id: string;
  amount: number;
  currency: string;
  status: string;
}

export function authHeader(key: string): string {
  // Stripe accepts HTTP Basic auth with the key as username and an empty password.
  return "Basic " + Buffer.from(`${key}:`).toString("base64");
}

export function keyWarning(key: string): string | null {
  if (/^sk_live_/.test(key)) {
    return "You are using a full live secret key. Prefer a restricted key (rk_live_) with Refunds write only.";
  }
  if (!/^(rk|sk)_(live|test)_/.test(key)) return "STRIPE_API_KEY does not look like a Stripe key.";
  return null;
}

async function call<T>(key: string, method: "GET" | "POST", path: string,
                       form?: Record<string, string>, idempotencyKey?: string): Promise<T> {
  const headers: Record<string, string> = {
    Authorization: authHeader(key),
    "Stripe-Version": "2024-06-20",
  };
  let body: string | undefined;
  if (form) {
    headers["Content-Type"] = "application/x-www-form-urlencoded";
    body = new URLSearchParams(form).toString();
  }
  if (idempotencyKey) headers["Idempotency-Key"] = idempotencyKey;
  const res = await fetch(API + path, { method, headers, body });
  const json = await res.json();
  if (!res.ok) {
    const err = (json as { error?: { message?: string; code?: string } }).error;
    throw new Error(`Stripe ${res.status} ${err?.code ?? ""}: ${err?.message ?? "unknown error"}`);
  }
  return json as T;
}

export const getPaymentIntent = (key: string, id: string) =>
  call<PaymentIntent>(key, "GET", `/payment_intents/${encodeURIComponent(id)}`);

export const getCharge = (key: string, id: string) =>
  call<Charge>(key, "GET", `/charges/${encodeURIComponent(id)}`);

export function createRefund(key: string, pi: string, amount: number | null, reason?: string) {
  const form: Record<string, string> = { payment_intent: pi };
  if (amount !== null) form.amount = String(amount);
  if (reason) form.reason = reason;
  return call<Refund>(key, "POST", "/refunds", form, randomUUID());
}
