#!/usr/bin/env bash
# Scrub literal/regex secrets from git history using git-filter-repo.
# Default is a dry run on a temporary mirror. --confirm rewrites and force-pushes to origin.
set -euo pipefail

REPO="."
REPL=""
CONFIRM=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --repo) REPO="$2"; shift 2 ;;
    --replacements) REPL="$2"; shift 2 ;;
    --confirm) CONFIRM=1; shift ;;
    *) echo "unknown arg: $1" >&2; exit 2 ;;
  esac
done

command -v git-filter-repo >/dev/null || {
  echo "git-filter-repo not found. Install it yourself with: pipx install git-filter-repo" >&2
  exit 3
}
[[ -f "$REPL" ]] || { echo "--replacements file required" >&2; exit 2; }
case "$(realpath "$REPL")" in
  "$(realpath "$REPO")"/*) echo "replacements file must live outside the repo" >&2; exit 2 ;;
esac

cd "$REPO"
ORIGIN="$(git remote get-url origin)"
NAME="$(basename "$(git rev-parse --show-toplevel)")"
TS="$(date +%Y%m%d%H%M%S)"
BACKUP="../${NAME}-backup-${TS}.git"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

echo "[1/4] Backup mirror -> $BACKUP"
git clone --quiet --mirror . "$BACKUP"

echo "[2/4] Rewriting a temporary mirror"
git clone --quiet --mirror . "$WORK/m.git"
( cd "$WORK/m.git" && git filter-repo --force --replace-text "$REPL" )

echo "[3/4] Verifying the secrets are gone from rewritten history"
LEFT=0
while IFS= read -r line; do
  [[ "$line" == literal:* ]] || continue
  needle="${line#literal:}"; needle="${needle%%==>*}"
  if ( cd "$WORK/m.git" && git log --all -p | grep -qF -- "$needle" ); then LEFT=1; fi
done < "$REPL"
if [[ $LEFT -ne 0 ]]; then echo "!! a literal is still present; aborting" >&2; exit 4; fi
echo "    ok: no literal matches remain"

if [[ $CONFIRM -ne 1 ]]; then
  echo "[4/4] Dry run complete. Nothing pushed. Re-run with --confirm to rewrite and force-push to: $ORIGIN"
  exit 0
fi

echo "[4/4] Rewriting local repo and force-pushing to $ORIGIN"
git filter-repo --force --replace-text "$REPL"
git remote add origin "$ORIGIN"        # filter-repo removes origin by design
git fetch --quiet origin               # refresh tracking refs so --force-with-lease has a baseline
git push --force-with-lease --all origin
git push --force-with-lease --tags origin
echo "Done. Backup kept at $BACKUP. Ask collaborators to re-clone."
