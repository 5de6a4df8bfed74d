#!/usr/bin/env bash
# Simulate or broadcast a Foundry deploy script.
# usage: deploy.sh NETWORK SCRIPT simulate
#        deploy.sh NETWORK SCRIPT broadcast CONFIRMED_CHAIN_ID
set -euo pipefail

network="${1:?network: sepolia | base-sepolia | mainnet}"
script="${2:?path to a forge script, e.g. script/Deploy.s.sol}"
mode="${3:?simulate | broadcast}"
account="${FOUNDRY_ACCOUNT:-deployer}"   # name of a keystore created with `cast wallet import`

case "$network" in
  sepolia)      rpc="${SEPOLIA_RPC_URL:?set SEPOLIA_RPC_URL}";           expected=11155111 ;;
  base-sepolia) rpc="${BASE_SEPOLIA_RPC_URL:?set BASE_SEPOLIA_RPC_URL}"; expected=84532 ;;
  mainnet)      rpc="${MAINNET_RPC_URL:?set MAINNET_RPC_URL}";           expected=1 ;;
  *) echo "unknown network: $network" >&2; exit 2 ;;
esac

[ -f "$script" ] || { echo "no such script: $script" >&2; exit 2; }

actual="$(cast chain-id --rpc-url "$rpc")"
if [ "$actual" != "$expected" ]; then
  echo "RPC for $network reports chain id $actual, expected $expected. Check the URL." >&2
  exit 1
fi

sender="$(cast wallet address --account "$account")"
balance="$(cast balance "$sender" --rpc-url "$rpc" --ether)"
echo "network : $network (chain id $actual)"
echo "deployer: $sender (keystore account '$account')"
echo "balance : $balance ETH"

verify_args=()
if [ -n "${ETHERSCAN_API_KEY:-}" ]; then
  verify_args=(--verify)   # forge reads ETHERSCAN_API_KEY from the environment itself
fi

case "$mode" in
  simulate)
    # No --broadcast: forge runs the script on a local fork and prints gas estimates only.
    forge script "$script" --rpc-url "$rpc" --account "$account" --sender "$sender"
    echo
    echo "Simulation only; nothing was sent. To deploy, the user must confirm chain id $actual."
    ;;
  broadcast)
    confirmed="${4:-}"
    if [ "$confirmed" != "$actual" ]; then
      echo "Refusing to broadcast: pass the chain id the user confirmed ($actual) as the 4th argument." >&2
      exit 1
    fi
    forge script "$script" --rpc-url "$rpc" --account "$account" --sender "$sender" \
      --broadcast ${verify_args[@]+"${verify_args[@]}"}
    echo "Broadcast finished. Receipts: broadcast/$(basename "$script")/$actual/run-latest.json"
    ;;
  *)
    echo "mode must be simulate or broadcast" >&2; exit 2 ;;
esac
