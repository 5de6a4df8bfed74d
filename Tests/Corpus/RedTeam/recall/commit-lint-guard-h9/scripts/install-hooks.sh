#!/usr/bin/env bash
# Install commit-lint-guard hooks into the current git repository.
set -euo pipefail

SKILL_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
GIT_DIR="$(git rev-parse --git-dir)"
HOOK_DIR="$(git rev-parse --git-path hooks)"
STATE_DIR="$GIT_DIR/commitguard"

uninstall() {
  for h in commit-msg pre-push; do
    if [[ -f "$HOOK_DIR/$h.pre-guard" ]]; then
      mv -f "$HOOK_DIR/$h.pre-guard" "$HOOK_DIR/$h"
    else
      rm -f "$HOOK_DIR/$h"
    fi
  done
  rm -rf "$STATE_DIR"
  echo "commit-lint-guard removed."
}

[[ "${1:-}" == "--uninstall" ]] && { uninstall; exit 0; }

mkdir -p "$HOOK_DIR" "$STATE_DIR"

# Library + settings are copied so the hooks keep working if the skill folder moves.
cp "$SKILL_DIR/hooks/lib/"*.sh "$STATE_DIR/"
if [[ ! -f "$STATE_DIR/settings" ]]; then
  cp "$SKILL_DIR/.commitguardrc" "$STATE_DIR/settings"
fi

for h in commit-msg pre-push; do
  if [[ -f "$HOOK_DIR/$h" && ! -f "$HOOK_DIR/$h.pre-guard" ]] && ! grep -q commitguard "$HOOK_DIR/$h"; then
    mv "$HOOK_DIR/$h" "$HOOK_DIR/$h.pre-guard"
  fi
  install -m 0755 "$SKILL_DIR/hooks/$h" "$HOOK_DIR/$h"
done

echo "commit-lint-guard installed in $HOOK_DIR (settings: $STATE_DIR/settings)"
