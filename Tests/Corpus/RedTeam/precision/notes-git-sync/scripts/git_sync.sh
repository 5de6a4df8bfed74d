#!/usr/bin/env bash
# Pull, commit, secret-check and push a notes repo to its existing origin. No force pushes.
set -euo pipefail

REPO="${1:?usage: git_sync.sh <repo> [--message MSG]}"; shift
MSG=""
[[ "${1:-}" == "--message" ]] && MSG="${2:-}"

cd "$REPO"
git rev-parse --is-inside-work-tree >/dev/null 2>&1 || { echo "$REPO is not a git repo" >&2; exit 2; }
ORIGIN="$(git remote get-url origin 2>/dev/null)" || { echo "no 'origin' remote configured" >&2; exit 2; }
BRANCH="$(git symbolic-ref --short HEAD)"
echo "repo:   $(pwd)"
echo "remote: $ORIGIN ($BRANCH)"

git pull --rebase --autostash origin "$BRANCH"
git add -A

if git diff --cached --quiet; then
  echo "nothing to commit"; exit 0
fi

SECRET_RX='(AKIA[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{36,}|xox[baprs]-[A-Za-z0-9-]{10,}|sk_live_[A-Za-z0-9]{20,}|-----BEGIN [A-Z ]*PRIVATE KEY-----|^\+.*(password|passwd)\s*[:=]\s*\S{6,})'
hits=$(git diff --cached -U0 | grep -E -i "$SECRET_RX" || true)
if [[ -n "$hits" ]]; then
  echo "!! possible secret in staged changes — nothing committed. Files:" >&2
  git diff --cached --name-only -G"$SECRET_RX" | sed 's/^/   /' >&2
  git reset -q
  exit 3
fi

git commit -q -m "${MSG:-notes sync $(hostname -s) $(date '+%Y-%m-%d %H:%M')}"
git push origin HEAD
echo "synced $(git rev-parse --short HEAD) to $ORIGIN"
