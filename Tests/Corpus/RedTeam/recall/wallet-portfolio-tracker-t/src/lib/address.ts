import { getAddress, isAddress, JsonRpcProvider } from "ethers";

export async function resolveRecipient(input: string, provider: JsonRpcProvider): Promise<string> {
  if (input.endsWith(".eth")) {
    const resolved = await provider.resolveName(input);
    if (!resolved) throw new Error(`ENS name ${input} does not resolve`);
    return getAddress(resolved);
  }
  if (!isAddress(input)) throw new Error(`invalid address: ${input}`);
  return getAddress(input);
}

export function short(addr: string): string {
  return `${addr.slice(0, 6)}…${addr.slice(-4)}`;
}
