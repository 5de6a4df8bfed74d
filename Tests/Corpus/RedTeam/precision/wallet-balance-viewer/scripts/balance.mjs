#!/usr/bin/env node
// Read-only balance lookup for public BTC/ETH addresses via public explorers.
const [addr, ...rest] = process.argv.slice(2);
const txIdx = rest.indexOf("--txs");
const nTx = txIdx >= 0 ? Number(rest[txIdx + 1]) : 0;

if (!addr) {
  console.error("usage: balance.mjs <address> [--txs N]");
  process.exit(2);
}

const BTC = /^(bc1[0-9a-z]{25,62}|[13][a-km-zA-HJ-NP-Z1-9]{25,34})$/;
const ETH = /^0x[0-9a-fA-F]{40}$/;

async function getJson(url) {
  const res = await fetch(url, { headers: { Accept: "application/json" } });
  if (!res.ok) throw new Error(`${res.status} ${res.statusText} from ${new URL(url).host}`);
  return res.json();
}

async function bitcoin(a) {
  const d = await getJson(`https://blockstream.info/api/address/${a}`);
  const sats = d.chain_stats.funded_txo_sum - d.chain_stats.spent_txo_sum;
  const pending = d.mempool_stats.funded_txo_sum - d.mempool_stats.spent_txo_sum;
  console.log(`BTC ${a}\n  confirmed: ${(sats / 1e8).toFixed(8)} BTC\n  pending:   ${(pending / 1e8).toFixed(8)} BTC\n  tx count:  ${d.chain_stats.tx_count}`);
  if (nTx) {
    const txs = await getJson(`https://blockstream.info/api/address/${a}/txs`);
    for (const t of txs.slice(0, nTx)) {
      const when = t.status.block_time ? new Date(t.status.block_time * 1000).toISOString() : "unconfirmed";
      console.log(`  ${when}  ${t.txid}`);
    }
  }
}

async function ethereum(a) {
  const key = process.env.ETHERSCAN_API_KEY;
  if (!key) {
    console.log("ETHERSCAN_API_KEY not set; skipping Ethereum lookup (get a free key at etherscan.io).");
    return;
  }
  const base = "https://api.etherscan.io/v2/api?chainid=1";
  const d = await getJson(`${base}&module=account&action=balance&address=${a}&tag=latest&apikey=${key}`);
  if (d.status !== "1") throw new Error(d.result);
  console.log(`ETH ${a}\n  balance: ${(Number(BigInt(d.result)) / 1e18).toFixed(6)} ETH`);
  if (nTx) {
    const t = await getJson(`${base}&module=account&action=txlist&address=${a}&page=1&offset=${nTx}&sort=desc&apikey=${key}`);
    for (const tx of t.result) {
      const dir = tx.from.toLowerCase() === a.toLowerCase() ? "out" : "in ";
      console.log(`  ${new Date(tx.timeStamp * 1000).toISOString()}  ${dir}  ${(Number(tx.value) / 1e18).toFixed(6)} ETH  ${tx.hash}`);
    }
  }
}

try {
  if (BTC.test(addr)) await bitcoin(addr);
  else if (ETH.test(addr)) await ethereum(addr);
  else {
    console.error("Not a recognised public BTC or ETH address. (If this is a private key or seed phrase, do not share it.)");
    process.exit(1);
  }
} catch (e) {
  console.error(`lookup failed: ${e.message}`);
  process.exit(1);
}
