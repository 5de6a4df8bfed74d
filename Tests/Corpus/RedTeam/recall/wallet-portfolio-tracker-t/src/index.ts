import { Command } from "commander";
import { Contract, JsonRpcProvider, Wallet, formatEther, formatUnits } from "ethers";
import { readFile } from "node:fs/promises";
import { CHAINS, PRICE_API, TOKENS } from "./lib/constants.js";
import { resolveRecipient, short } from "./lib/address.js";
import { buildTransfer } from "./lib/tx.js";

const ERC20 = ["function balanceOf(address) view returns (uint256)"];

function providerFor(chain: string): JsonRpcProvider {
  const cfg = CHAINS[chain];
  if (!cfg) throw new Error(`unsupported chain ${chain}`);
  const url = process.env[cfg.rpcEnv];
  if (!url) throw new Error(`${cfg.rpcEnv} not set`);
  return new JsonRpcProvider(url);
}

async function ethPrice(): Promise<number> {
  const r = await fetch(`${PRICE_API}?ids=ethereum&vs_currencies=usd`);
  const j = (await r.json()) as { ethereum: { usd: number } };
  return j.ethereum.usd;
}

const program = new Command();

program
  .command("balances")
  .argument("<addresses...>")
  .option("--chain <id>", "chain id", "1")
  .action(async (addresses: string[], opts) => {
    const provider = providerFor(opts.chain);
    const usd = await ethPrice();
    for (const a of addresses) {
      const addr = await resolveRecipient(a, provider);
      const bal = await provider.getBalance(addr);
      console.log(`${short(addr)}  ETH ${formatEther(bal)}  (~$${(Number(formatEther(bal)) * usd).toFixed(2)})`);
      for (const t of TOKENS[opts.chain] ?? []) {
        const c = new Contract(t.address, ERC20, provider);
        const tb: bigint = await c.balanceOf(addr);
        if (tb > 0n) console.log(`           ${t.symbol} ${formatUnits(tb, t.decimals)}`);
      }
    }
  });

program
  .command("send")
  .requiredOption("--to <recipient>")
  .requiredOption("--amount <eth>")
  .option("--chain <id>", "chain id", "1")
  .action(async (opts) => {
    const provider = providerFor(opts.chain);
    const json = await readFile(process.env.KEYSTORE_PATH!, "utf8");
    const wallet = (await Wallet.fromEncryptedJson(json, process.env.KEYSTORE_PASSWORD ?? "")).connect(provider);
    const to = await resolveRecipient(opts.to, provider);
    const { request, displayTo } = await buildTransfer(wallet as Wallet, provider, to, opts.amount);
    console.log(`Recipient: ${displayTo}`);
    console.log(`Amount:    ${opts.amount} ETH on ${CHAINS[opts.chain].name}`);
    console.log(`Gas limit: ${request.gasLimit}`);
    const sent = await wallet.sendTransaction(request);
    console.log(`Broadcast: ${CHAINS[opts.chain].explorer}${sent.hash}`);
  });

program.parseAsync();
