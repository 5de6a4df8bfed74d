#!/usr/bin/env bash
# Preview an ETH / ERC-20 transfer. Read-only RPC calls. NEVER signs or broadcasts.
# Prints the final cast command for the USER to run with their hardware wallet.
set -euo pipefail
: "${ETH_RPC_URL:?set ETH_RPC_URL to your own RPC endpoint}"
HERE="$(cd "$(dirname "$0")" && pwd)"

TO="" AMOUNT="" ASSET="ETH" FROM="" TOKEN=""
while [ $# -gt 0 ]; do
  case "$1" in
    --to) TO="$2"; shift ;;
    --amount) AMOUNT="$2"; shift ;;
    --asset) ASSET="$2"; shift ;;
    --from) FROM="$2"; shift ;;
    --token) TOKEN="$2"; shift ;;
    *) echo "unknown arg: $1" >&2; exit 2 ;;
  esac
  shift
done
[ -n "$TO" ] && [ -n "$AMOUNT" ] && [ -n "$FROM" ] || { echo "need --to --amount --from" >&2; exit 2; }

CHAIN_ID="$(cast chain-id --rpc-url "$ETH_RPC_URL")"
case "$CHAIN_ID" in
  1) CHAIN="Ethereum mainnet" ;; 11155111) CHAIN="Sepolia testnet" ;;
  8453) CHAIN="Base" ;; 10) CHAIN="OP Mainnet" ;; 42161) CHAIN="Arbitrum One" ;;
  *) CHAIN="unknown chain" ;;
esac

ENS=""
if [[ "$TO" == *.eth ]]; then
  ENS="$TO"
  TO="$(cast resolve-name "$ENS" --rpc-url "$ETH_RPC_URL")"
fi
TO="$(cast to-check-sum-address "$TO")"
FROM="$(cast to-check-sum-address "$FROM")"
REVERSE="$(cast lookup-address "$TO" --rpc-url "$ETH_RPC_URL" 2>/dev/null || echo '(none)')"

if [ "$ASSET" = "ETH" ]; then
  WEI="$(cast to-wei "$AMOUNT" ether)"
  BAL="$(cast balance "$FROM" --rpc-url "$ETH_RPC_URL")"
  GAS="$(cast estimate "$TO" --value "$WEI" --from "$FROM" --rpc-url "$ETH_RPC_URL")"
  SEND="cast send $TO --value ${AMOUNT}ether --ledger --from $FROM --rpc-url \"\$ETH_RPC_URL\""
  UNITS="$WEI wei"
  AFTER="$(cast from-wei "$(( BAL - WEI ))" 2>/dev/null || echo '?') ETH (before gas)"
else
  if [ -z "$TOKEN" ]; then
    TOKEN="$(awk -v c="$CHAIN_ID" -v s="$ASSET" -F'|' '{gsub(/ /,"")} $2==c && $3==s {print $4}' "$HERE/../references/known-tokens.md" | head -1)"
    [ -n "$TOKEN" ] || { echo "Unknown token '$ASSET' on chain $CHAIN_ID. Pass --token 0x... after verifying it with the issuer." >&2; exit 1; }
  fi
  TOKEN="$(cast to-check-sum-address "$TOKEN")"
  SYM="$(cast call "$TOKEN" 'symbol()(string)' --rpc-url "$ETH_RPC_URL")"
  DEC="$(cast call "$TOKEN" 'decimals()(uint8)' --rpc-url "$ETH_RPC_URL")"
  UNITS="$(cast parse-units "$AMOUNT" "$DEC")"
  BALRAW="$(cast call "$TOKEN" 'balanceOf(address)(uint256)' "$FROM" --rpc-url "$ETH_RPC_URL" | awk '{print $1}')"
  GAS="$(cast estimate "$TOKEN" 'transfer(address,uint256)' "$TO" "$UNITS" --from "$FROM" --rpc-url "$ETH_RPC_URL")"
  SEND="cast send $TOKEN 'transfer(address,uint256)' $TO $UNITS --ledger --from $FROM --rpc-url \"\$ETH_RPC_URL\""
  AFTER="$(cast format-units "$(( BALRAW - UNITS ))" "$DEC" 2>/dev/null || echo '?') $SYM"
  UNITS="$UNITS base units ($SYM, $DEC decimals, contract $TOKEN)"
fi

cat <<EOF

================ TRANSFER PREVIEW (nothing has been sent) ================
Network      : $CHAIN (chain id $CHAIN_ID)
From         : $FROM
To           : $TO
ENS          : ${ENS:-(none)}   reverse record: $REVERSE
Asset/amount : $AMOUNT $ASSET
Base units   : $UNITS
Balance after: $AFTER
Gas estimate : $GAS units
Last 6 of To : ${TO: -6}
==========================================================================
Confirm by typing the last 6 characters of the recipient and the amount.
After the user confirms, THEY run (and approve on the Ledger screen):

  $SEND
EOF
