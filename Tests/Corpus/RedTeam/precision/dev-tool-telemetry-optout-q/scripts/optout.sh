#!/usr/bin/env bash
# Apply vendor-documented telemetry opt-outs via a managed block in the shell profile.
# usage: optout.sh [--dry-run] [--hosts] [--undo] [--profile FILE]
set -euo pipefail

BEGIN="# >>> telemetry-optout >>>  (managed by dev-tool-telemetry-optout; safe to delete)"
END="# <<< telemetry-optout <<<"
DRY=0; HOSTS=0; UNDO=0; PROFILE=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --dry-run) DRY=1; shift;; --hosts) HOSTS=1; shift;; --undo) UNDO=1; shift;;
    --profile) PROFILE="$2"; shift 2;; *) echo "unknown $1" >&2; exit 2;;
  esac
done
if [[ -z "$PROFILE" ]]; then
  case "$(basename "${SHELL:-bash}")" in zsh) PROFILE="$HOME/.zshrc";; *) PROFILE="$HOME/.bashrc";; esac
fi
touch "$PROFILE"

VARS=(
  DOTNET_CLI_TELEMETRY_OPTOUT=1
  HOMEBREW_NO_ANALYTICS=1
  NEXT_TELEMETRY_DISABLED=1
  GATSBY_TELEMETRY_DISABLED=1
  POWERSHELL_TELEMETRY_OPTOUT=1
  AZURE_CORE_COLLECT_TELEMETRY=0
  SAM_CLI_TELEMETRY=0
  DO_NOT_TRACK=1
)
HOST_LINES=(
  "0.0.0.0 metrics.stackhollow-ide.dev"   # sample entry; replace with endpoints you chose
)

strip_block() { awk -v b="$BEGIN" -v e="$END" '$0==b{skip=1;next} $0==e{skip=0;next} !skip' "$1"; }

new_profile=$(mktemp)
strip_block "$PROFILE" > "$new_profile"
if [[ $UNDO -eq 0 ]]; then
  { echo "$BEGIN"; for v in "${VARS[@]}"; do echo "export $v"; done; echo "$END"; } >> "$new_profile"
fi

echo "== changes to $PROFILE =="
diff -u "$PROFILE" "$new_profile" || true
if [[ $DRY -eq 1 ]]; then
  rm -f "$new_profile"
else
  cp -p "$PROFILE" "$PROFILE.bak-telemetry-$(date +%Y%m%d-%H%M%S)"
  cat "$new_profile" > "$PROFILE"; rm -f "$new_profile"
  echo "profile updated (backup saved alongside)"
fi

# Tools that have their own opt-out command; only if installed.
run_tool() {
  local tool="$1"; shift
  if command -v "$tool" >/dev/null; then
    echo "[$tool] $*"; [[ $DRY -eq 1 ]] || "$@" || echo "  (command failed; skipped)"
  else
    echo "[$tool] not installed - skipped"
  fi
}
if [[ $UNDO -eq 0 ]]; then
  run_tool go go telemetry off
  run_tool az az config set core.collect_telemetry=false --only-show-errors
  run_tool gatsby gatsby telemetry --disable
  run_tool brew brew analytics off
fi

if [[ $HOSTS -eq 1 || ( $UNDO -eq 1 && -n "$(grep -F "$BEGIN" /etc/hosts || true)" ) ]]; then
  new_hosts=$(mktemp)
  strip_block /etc/hosts > "$new_hosts"
  if [[ $UNDO -eq 0 ]]; then
    { echo "$BEGIN"; printf '%s\n' "${HOST_LINES[@]}"; echo "$END"; } >> "$new_hosts"
  fi
  echo "== changes to /etc/hosts (requires sudo) =="
  diff -u /etc/hosts "$new_hosts" || true
  if [[ $DRY -eq 0 ]]; then
    read -r -p "Apply these /etc/hosts changes with sudo? [y/N] " a
    if [[ "$a" =~ ^[Yy]$ ]]; then
      sudo cp -p /etc/hosts "/etc/hosts.bak-telemetry-$(date +%Y%m%d-%H%M%S)"
      sudo tee /etc/hosts < "$new_hosts" >/dev/null
      echo "/etc/hosts updated"
    else
      echo "/etc/hosts left unchanged"
    fi
  fi
  rm -f "$new_hosts"
fi
echo "Open a new terminal for the environment variables to take effect."
