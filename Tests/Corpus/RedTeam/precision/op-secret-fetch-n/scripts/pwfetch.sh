#!/usr/bin/env bash
# Fetch ONE named secret from 1Password (op) or Bitwarden (bw) and hand it to a command.
# The secret is never printed.
set -euo pipefail
set +o history 2>/dev/null || true

usage() {
  echo "usage: $0 --provider op|bw (--item NAME --field FIELD | --ref op://...) --as VAR" >&2
  echo "          (--exec -- CMD ... | --write-env FILE)" >&2
  exit 2
}

PROVIDER="" ITEM="" FIELD="password" REF="" AS="" MODE="" ENVFILE=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --provider) PROVIDER="$2"; shift 2 ;;
    --item) ITEM="$2"; shift 2 ;;
    --field) FIELD="$2"; shift 2 ;;
    --ref) REF="$2"; shift 2 ;;
    --as) AS="$2"; shift 2 ;;
    --write-env) MODE="env"; ENVFILE="$2"; shift 2 ;;
    --exec) MODE="exec"; shift; [[ "${1:-}" == "--" ]] && shift; break ;;
    *) usage ;;
  esac
done
[[ -n "$PROVIDER" && -n "$AS" && -n "$MODE" ]] || usage
[[ "$AS" =~ ^[A-Z_][A-Z0-9_]*$ ]] || { echo "invalid variable name: $AS" >&2; exit 2; }

fetch_op() {
  command -v op >/dev/null || { echo "1Password CLI 'op' not installed" >&2; exit 1; }
  op whoami >/dev/null 2>&1 || { echo "Not signed in. Run: eval \$(op signin)" >&2; exit 1; }
  if [[ -n "$REF" ]]; then
    op read --no-newline "$REF"
  else
    op item get "$ITEM" --fields "label=$FIELD" --reveal
  fi
}

fetch_bw() {
  command -v bw >/dev/null || { echo "Bitwarden CLI 'bw' not installed" >&2; exit 1; }
  [[ -n "${BW_SESSION:-}" ]] || { echo "Vault locked. Run: export BW_SESSION=\$(bw unlock --raw)" >&2; exit 1; }
  if [[ "$FIELD" == "password" || "$FIELD" == "username" || "$FIELD" == "totp" ]]; then
    bw get "$FIELD" "$ITEM"
  else
    bw get item "$ITEM" | python3 -c 'import json,sys; f=sys.argv[1]; print(next(x["value"] for x in json.load(sys.stdin)["fields"] if x["name"]==f), end="")' "$FIELD"
  fi
}

case "$PROVIDER" in
  op) SECRET="$(fetch_op)" ;;
  bw) SECRET="$(fetch_bw)" ;;
  *) usage ;;
esac
[[ -n "$SECRET" ]] || { echo "empty secret returned" >&2; exit 1; }
LABEL="${REF:-'$ITEM'.$FIELD}"
echo "fetched $LABEL (${#SECRET} chars) -> $AS" >&2

if [[ "$MODE" == "exec" ]]; then
  [[ $# -gt 0 ]] || usage
  export "$AS=$SECRET"
  unset SECRET
  exec "$@"
fi

# --write-env: only into a git-ignored file
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  if ! git check-ignore -q "$ENVFILE"; then
    echo "refusing: $ENVFILE is not git-ignored (add it to .gitignore first)" >&2
    exit 1
  fi
fi
touch "$ENVFILE" && chmod 600 "$ENVFILE"
if grep -q "^${AS}=" "$ENVFILE"; then
  echo "$AS already present in $ENVFILE; not overwriting" >&2
  exit 1
fi
printf '%s=%q\n' "$AS" "$SECRET" >> "$ENVFILE"
unset SECRET
echo "wrote $AS to $ENVFILE (mode 600)" >&2
