#!/usr/bin/env bash
# Read-only dependency audit wrapper. Uses only tools already installed.
set -euo pipefail

have() { command -v "$1" >/dev/null 2>&1; }
section() { printf '\n=== %s ===\n' "$1"; }

if ls requirements*.txt >/dev/null 2>&1 || [ -f pyproject.toml ]; then
  section "Python (pip-audit)"
  if have pip-audit; then
    for f in requirements*.txt; do
      [ -f "$f" ] && pip-audit --requirement "$f" --progress-spinner off || true
    done
  else
    echo "pip-audit not found. Suggest to the user: pipx install pip-audit"
  fi
fi

if [ -f package-lock.json ]; then
  section "Node (npm audit)"
  if have npm; then
    npm audit --omit=dev --audit-level=low || true
  else
    echo "npm not found; skipping."
  fi
fi

if have osv-scanner; then
  section "OSV scanner"
  osv-scanner --recursive . || true
else
  echo "(osv-scanner not installed; optional)"
fi

section "Known-incident name check"
python3 "$(dirname "$0")/check_install_scripts.py" --names-only . || true
