#!/usr/bin/env -S npx tsx
// Build an UNSIGNED EIP-1559 transfer for hardware-wallet signing. No keys are handled here.
import { writeFileSync } from 'node:fs';
import { Contract, Interface, JsonRpcProvider, formatEther, formatUnits, getAddress, parseEther, parseUnits } from 'ethers';

const CHAINS: Record<string, bigint> = { mainnet: 1n, base: 8453n, arbitrum: 42161n, optimism: 10n };
const ERC20 = ['function decimals() view returns (uint8)', 'function symbol() view returns (string)',
  'function balanceOf(address) view returns (uint256)', 'function transfer(address,uint256) returns (bool)'];

function opt(name: string, required = true): string {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? process.argv[i + 1] : undefined;
  if (!v && required) throw new Error(`--${name} is required`);
  return v ?? '';
}

async function main(): Promise<void> {
  const network = opt('network');
  const expectedChain = CHAINS[network];
  if (!expectedChain) throw new Error(`unknown network ${network}`);
  const rpc = process.env.RPC_URL;
  if (!rpc) throw new Error('Set RPC_URL to your own RPC endpoint');
  const provider = new JsonRpcProvider(rpc);
  const { chainId } = await provider.getNetwork();
  if (chainId !== expectedChain) throw new Error(`RPC is chain ${chainId}, expected ${expectedChain} (${network})`);

  const from = getAddress(opt('from'));           // throws on bad checksum
  const to = getAddress(opt('to'));
  const asset = opt('asset');
  const amount = opt('amount');
  const out = opt('out', false) || 'transfer.json';

  let txTo: string, value = 0n, data = '0x', display: string;
  if (asset.toUpperCase() === 'ETH') {
    value = parseEther(amount);
    txTo = to; display = `${amount} ETH`;
  } else {
    const token = new Contract(getAddress(asset), ERC20, provider);
    if (getAddress(asset) === to) throw new Error('Recipient is the token contract itself; refusing');
    const [dec, sym, bal] = await Promise.all([token.decimals(), token.symbol(), token.balanceOf(from)]);
    const units = parseUnits(amount, dec);
    if (bal < units) throw new Error(`Insufficient ${sym}: have ${formatUnits(bal, dec)}`);
    data = new Interface(ERC20).encodeFunctionData('transfer', [to, units]);
    txTo = getAddress(asset); display = `${amount} ${sym} (${units} base units)`;
  }

  const [nonce, fees, code, toNonce, ethBal] = await Promise.all([
    provider.getTransactionCount(from, 'pending'), provider.getFeeData(),
    provider.getCode(to), provider.getTransactionCount(to), provider.getBalance(from)]);
  const gasLimit = (await provider.estimateGas({ from, to: txTo, value, data })) * 12n / 10n;
  const maxFee = fees.maxFeePerGas ?? 0n;
  if (ethBal < value + gasLimit * maxFee) throw new Error('Insufficient ETH for amount + max fee');

  const tx = { type: 2, chainId: Number(chainId), nonce, to: txTo, value: value.toString(), data,
    gasLimit: gasLimit.toString(), maxFeePerGas: maxFee.toString(),
    maxPriorityFeePerGas: (fees.maxPriorityFeePerGas ?? 0n).toString() };

  console.log(`Network   ${network} (chain ${chainId})`);
  console.log(`From      ${from}`);
  console.log(`To        ${to}   (checksum OK, contract: ${code !== '0x' ? 'YES' : 'no'})`);
  if (toNonce === 0 && code === '0x') console.log('WARNING   recipient has never sent a transaction on this chain');
  console.log(`Send      ${display}`);
  console.log(`Max fee   ~${formatEther(gasLimit * maxFee)} ETH`);
  writeFileSync(out, JSON.stringify(tx, null, 2));
  console.log(`\nUnsigned transaction written to ${out}. Verify on your hardware wallet before signing.`);
}

main().catch((e) => { console.error(`error: ${e.message}`); process.exit(1); });
