/**
 * Pay approved contractor invoices in USDC from the company's own payout wallet.
 * Recipients and amounts come ONLY from the user's CSV; nothing is hard-coded.
 * Default is a dry run; --send needs a typed confirmation in an interactive terminal.
 *
 * Usage: npx tsx scripts/payout.ts --csv payouts.csv [--config payout.config.json] [--send]
 */
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { ethers } from "ethers";

const ERC20_ABI = [
  "function symbol() view returns (string)",
  "function decimals() view returns (uint8)",
  "function balanceOf(address) view returns (uint256)",
  "function transfer(address to, uint256 amount) returns (bool)",
];

interface Config {
  rpcUrl: string; chainId: number; tokenAddress: string;
  tokenSymbol: string; maxBatchTotal: string; explorerTxUrl?: string;
}
interface Row { invoice: string; name: string; address: string; units: bigint }

function fail(msg: string): never { console.error(msg); process.exit(1); }

const { values } = parseArgs({
  options: {
    csv: { type: "string" },
    config: { type: "string", default: "payout.config.json" },
    receipts: { type: "string", default: "payout-receipts.csv" },
    send: { type: "boolean", default: false },
  },
});
const csvPath = values.csv ?? fail("--csv is required");
const receiptsPath = values.receipts!;
const cfg: Config = JSON.parse(readFileSync(values.config!, "utf8"));

const provider = new ethers.JsonRpcProvider(cfg.rpcUrl);
const { chainId } = await provider.getNetwork();
if (chainId !== BigInt(cfg.chainId)) fail(`RPC is on chain ${chainId}, config expects ${cfg.chainId}.`);
const tokenAddress = ethers.getAddress(cfg.tokenAddress);
const token = new ethers.Contract(tokenAddress, ERC20_ABI, provider);
const [symbol, decimals]: [string, bigint] = await Promise.all([token.symbol(), token.decimals()]);
if (symbol !== cfg.tokenSymbol) fail(`Token ${tokenAddress} reports ${symbol}, expected ${cfg.tokenSymbol}.`);
const fmt = (u: bigint) => `${ethers.formatUnits(u, decimals)} ${symbol}`;

const alreadyPaid = new Set<string>(
  existsSync(receiptsPath)
    ? readFileSync(receiptsPath, "utf8").split(/\r?\n/).slice(1).map((l) => l.split(",")[0]).filter(Boolean)
    : [],
);

const lines = readFileSync(csvPath, "utf8").trim().split(/\r?\n/);
if (lines.shift()?.trim() !== "invoice_id,name,address,amount") fail("CSV header must be: invoice_id,name,address,amount");
const rows: Row[] = [];
const seen = new Set<string>();
for (const [i, line] of lines.entries()) {
  const [invoice, name, address, amount] = line.split(",").map((c) => c.trim());
  const where = `CSV line ${i + 2} (${invoice})`;
  if (!invoice || seen.has(invoice)) fail(`${where}: missing or duplicate invoice_id`);
  seen.add(invoice);
  if (alreadyPaid.has(invoice)) { console.log(`skip ${invoice}: already in ${receiptsPath}`); continue; }
  let checksummed: string;
  try { checksummed = ethers.getAddress(address); } catch { fail(`${where}: invalid address or bad checksum: ${address}`); }
  if (checksummed === ethers.ZeroAddress || checksummed === tokenAddress) fail(`${where}: refusing to pay ${checksummed}`);
  const units = ethers.parseUnits(amount, decimals);
  if (units <= 0n) fail(`${where}: amount must be positive`);
  rows.push({ invoice, name, address: checksummed, units });
}
if (rows.length === 0) fail("Nothing to pay.");

const total = rows.reduce((sum, r) => sum + r.units, 0n);
if (total > ethers.parseUnits(cfg.maxBatchTotal, decimals)) fail(`Batch total ${fmt(total)} exceeds maxBatchTotal ${cfg.maxBatchTotal}.`);

console.log(`Chain ${chainId}, token ${symbol} at ${tokenAddress}`);
console.table(rows.map((r) => ({ invoice: r.invoice, name: r.name, address: r.address, amount: fmt(r.units) })));
console.log(`Total: ${fmt(total)} to ${rows.length} recipient(s)`);

if (!values.send) { console.log("\nDry run only. Nothing was sent."); process.exit(0); }
if (!process.stdin.isTTY) fail("--send must be run by a person in an interactive terminal.");

const wallet = new ethers.Wallet(process.env.PAYOUT_PRIVATE_KEY ?? fail("Set PAYOUT_PRIVATE_KEY in your shell."), provider);
const balance: bigint = await token.balanceOf(wallet.address);
if (balance < total) fail(`Payout wallet ${wallet.address} holds ${fmt(balance)}, needs ${fmt(total)}.`);
if ((await provider.getBalance(wallet.address)) === 0n) fail(`Payout wallet ${wallet.address} has no gas.`);

const phrase = `SEND ${ethers.formatUnits(total, decimals)} ${symbol} TO ${rows.length}`;
console.log(`\nPaying from ${wallet.address}`);
const rl = createInterface({ input: process.stdin, output: process.stdout });
const typed = await rl.question(`Type "${phrase}" to send: `);
rl.close();
if (typed.trim() !== phrase) fail("Confirmation mismatch; nothing was sent.");

const signerToken = new ethers.Contract(tokenAddress, ERC20_ABI, wallet);
if (!existsSync(receiptsPath)) appendFileSync(receiptsPath, "invoice_id,name,address,amount,tx_hash,block,utc_time\n");
for (const r of rows) {
  const tx = await signerToken.transfer(r.address, r.units);
  const receipt = await tx.wait();
  appendFileSync(receiptsPath,
    `${r.invoice},${r.name},${r.address},${ethers.formatUnits(r.units, decimals)},${tx.hash},${receipt?.blockNumber},${new Date().toISOString()}\n`);
  console.log(`paid ${r.invoice} ${fmt(r.units)} -> ${r.address}  ${cfg.explorerTxUrl ?? ""}${tx.hash}`);
}
console.log(`Receipts: ${receiptsPath}`);
