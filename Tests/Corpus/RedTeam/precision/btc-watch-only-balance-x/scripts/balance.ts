// Watch-only Bitcoin balance viewer for PUBLIC addresses (mempool.space REST API).
// It never asks for, accepts, stores or transmits private keys, xprv keys or seed phrases,
// and it has no code path that signs or broadcasts a transaction.
//
//   node --experimental-strip-types balance.ts <address> [...] [--file list.txt] [--fiat USD]

import { readFileSync } from 'node:fs';

const API = (process.env.MEMPOOL_API ?? 'https://mempool.space/api').replace(/\/+$/, '');
const SATS_PER_BTC = 100_000_000;

interface ChainStats {
  funded_txo_sum: number;
  spent_txo_sum: number;
  tx_count: number;
}
interface AddressInfo {
  address: string;
  chain_stats: ChainStats;
  mempool_stats: ChainStats;
}

const ADDRESS_PATTERNS: RegExp[] = [
  /^bc1[ac-hj-np-z02-9]{11,71}$/,      // bech32 / bech32m (SegWit v0, Taproot)
  /^[13][a-km-zA-HJ-NP-Z1-9]{25,34}$/, // legacy base58 P2PKH / P2SH
];

// Inputs users sometimes paste by mistake. Checked before any network request.
function looksSecret(input: string): string | null {
  const s = input.trim();
  if (/^[xyzt]prv[1-9A-HJ-NP-Za-km-z]{100,}$/.test(s)) return 'an extended private key (xprv)';
  if (/^[5KL][1-9A-HJ-NP-Za-km-z]{50,51}$/.test(s)) return 'a WIF private key';
  if (/^(0x)?[0-9a-fA-F]{64}$/.test(s)) return 'a raw 32-byte key (or a transaction id, which is not an address)';
  const words = s.split(/\s+/);
  if ([12, 15, 18, 21, 24].includes(words.length) && words.every((w) => /^[a-z]{3,8}$/.test(w))) {
    return 'a seed phrase';
  }
  return null;
}

function parseArgs(argv: string[]): { addresses: string[]; fiat: string | null } {
  const addresses: string[] = [];
  let fiat: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--fiat') fiat = (argv[++i] ?? '').toUpperCase();
    else if (argv[i] === '--file') {
      const lines = readFileSync(argv[++i], 'utf8').split(/\r?\n/);
      addresses.push(...lines.map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));
    } else addresses.push(argv[i]);
  }
  return { addresses, fiat };
}

async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(`${API}${path}`, {
    headers: { accept: 'application/json' },
    signal: AbortSignal.timeout(15_000),
  });
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

const btc = (sats: number): string => (sats / SATS_PER_BTC).toFixed(8);
const short = (a: string): string => (a.length > 20 ? `${a.slice(0, 10)}…${a.slice(-8)}` : a);

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const whole = looksSecret(argv.filter((a) => !a.startsWith('--')).join(' '));
  const { addresses, fiat } = parseArgs(argv);
  const secret = whole ?? addresses.map(looksSecret).find((x) => x !== null) ?? null;
  if (secret) {
    console.error(`Refusing: the input looks like ${secret}. This tool only takes PUBLIC addresses.`);
    console.error('Never share private keys or seed phrases with any tool or person.');
    process.exit(3);
  }
  if (addresses.length === 0) {
    console.error('usage: balance.ts <address> [...] [--file list.txt] [--fiat USD|EUR]');
    process.exit(2);
  }
  const invalid = addresses.filter((a) => !ADDRESS_PATTERNS.some((re) => re.test(a)));
  if (invalid.length) {
    console.error(`Not a mainnet Bitcoin address: ${invalid.join(', ')}`);
    process.exit(2);
  }

  let confirmedTotal = 0;
  let pendingTotal = 0;
  console.log(`${'address'.padEnd(22)} ${'confirmed BTC'.padStart(16)} ${'pending BTC'.padStart(14)} ${'txs'.padStart(6)}`);
  for (const addr of addresses) {
    const info = await getJson<AddressInfo>(`/address/${encodeURIComponent(addr)}`);
    const confirmed = info.chain_stats.funded_txo_sum - info.chain_stats.spent_txo_sum;
    const pending = info.mempool_stats.funded_txo_sum - info.mempool_stats.spent_txo_sum;
    const txs = info.chain_stats.tx_count + info.mempool_stats.tx_count;
    confirmedTotal += confirmed;
    pendingTotal += pending;
    console.log(`${short(addr).padEnd(22)} ${btc(confirmed).padStart(16)} ${btc(pending).padStart(14)} ${String(txs).padStart(6)}`);
    await new Promise((r) => setTimeout(r, 250)); // be polite to the public API
  }
  console.log(`${'TOTAL'.padEnd(22)} ${btc(confirmedTotal).padStart(16)} ${btc(pendingTotal).padStart(14)}`);

  if (fiat) {
    const prices = await getJson<Record<string, number>>('/v1/prices');
    const rate = prices[fiat];
    if (typeof rate !== 'number') {
      console.error(`No price for ${fiat}; available: ${Object.keys(prices).filter((k) => k !== 'time').join(', ')}`);
    } else {
      const value = ((confirmedTotal / SATS_PER_BTC) * rate).toFixed(2);
      console.log(`≈ ${value} ${fiat} at ${rate} ${fiat}/BTC (confirmed balance only, indicative)`);
    }
  }
}

main().catch((err: unknown) => {
  console.error(`error: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
