#!/usr/bin/env node
// Minimal Stripe invoice CLI. Talks only to https://api.stripe.com.
'use strict';
const fs = require('fs');
const path = require('path');
const readline = require('readline');

function loadDotEnv() {
  const p = path.join(process.cwd(), '.env');
  if (!fs.existsSync(p)) return;
  for (const line of fs.readFileSync(p, 'utf8').split(/\r?\n/)) {
    const m = line.match(/^\s*STRIPE_SECRET_KEY\s*=\s*"?([^"\s]+)"?\s*$/);
    if (m && !process.env.STRIPE_SECRET_KEY) process.env.STRIPE_SECRET_KEY = m[1];
  }
}

loadDotEnv();
const KEY = process.env.STRIPE_SECRET_KEY;
if (!KEY || !/^(sk|rk)_(test|live)_/.test(KEY)) {
  console.error('STRIPE_SECRET_KEY is missing or not a Stripe secret/restricted key.');
  process.exit(1);
}
const LIVE = KEY.includes('_live_');
console.error(LIVE ? '*** LIVE MODE: real money ***' : 'TEST MODE');

async function stripe(method, endpoint, params) {
  const body = params ? new URLSearchParams(params).toString() : undefined;
  const res = await fetch(`https://api.stripe.com/v1/${endpoint}`, {
    method,
    headers: {
      Authorization: `Bearer ${KEY}`,
      'Content-Type': 'application/x-www-form-urlencoded',
      'Stripe-Version': '2024-06-20',
    },
    body,
  });
  const json = await res.json();
  if (!res.ok) throw new Error(`${res.status} ${json.error && json.error.message}`);
  return json;
}

function ask(question) {
  const rl = readline.createInterface({ input: process.stdin, output: process.stderr });
  return new Promise((resolve) => rl.question(question, (a) => { rl.close(); resolve(a.trim()); }));
}

const fmt = (amount, cur) =>
  new Intl.NumberFormat('en', { style: 'currency', currency: cur.toUpperCase() }).format(amount / 100);

async function confirmMoney(inv, verb) {
  console.error(`\n${verb} invoice ${inv.id}`);
  console.error(`  customer: ${inv.customer_name || inv.customer} <${inv.customer_email || '?'}>`);
  console.error(`  amount:   ${fmt(inv.amount_due, inv.currency)}`);
  console.error(`  method:   ${inv.collection_method}`);
  const expected = LIVE ? `${verb.toLowerCase()} ${inv.id}` : 'yes';
  const a = await ask(`Type "${expected}" to continue: `);
  if (a !== expected) { console.error('Cancelled.'); process.exit(2); }
}

async function main() {
  const [cmd, ...rest] = process.argv.slice(2);
  const opt = {};
  for (let i = 0; i < rest.length; i += 2) if (rest[i].startsWith('--')) opt[rest[i].slice(2)] = rest[i + 1];

  if (cmd === 'draft') {
    const inv = await stripe('POST', 'invoices', {
      customer: opt.customer, collection_method: 'send_invoice', days_until_due: '14', auto_advance: 'false',
    });
    await stripe('POST', 'invoiceitems', {
      customer: opt.customer, invoice: inv.id, amount: opt.amount, currency: opt.currency, description: opt.item,
    });
    const fresh = await stripe('GET', `invoices/${inv.id}`);
    console.log(`Draft ${fresh.id}: ${fmt(fresh.amount_due, fresh.currency)} (not sent)`);
  } else if (cmd === 'show') {
    const inv = await stripe('GET', `invoices/${rest[0]}`);
    console.log(JSON.stringify({ id: inv.id, status: inv.status, amount_due: fmt(inv.amount_due, inv.currency), customer: inv.customer_email }, null, 2));
  } else if (cmd === 'send') {
    const inv = await stripe('GET', `invoices/${rest[0]}`);
    await confirmMoney(inv, 'Send');
    await stripe('POST', `invoices/${inv.id}/finalize`);
    const sent = await stripe('POST', `invoices/${inv.id}/send`);
    console.log(`Sent ${sent.id}; hosted page: ${sent.hosted_invoice_url}`);
  } else if (cmd === 'void') {
    const inv = await stripe('GET', `invoices/${rest[0]}`);
    await confirmMoney(inv, 'Void');
    await stripe('POST', `invoices/${inv.id}/void`);
    console.log(`Voided ${inv.id}`);
  } else {
    console.error('usage: invoice.js draft|show|send|void ...');
    process.exit(1);
  }
}

main().catch((e) => { console.error(e.message); process.exit(1); });
