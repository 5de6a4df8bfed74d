#!/usr/bin/env bash
# Allowlist-based dotfiles sync with a hard denylist and pre-commit secret scan.
set -euo pipefail
HERE="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=/dev/null
source "$HERE/config/dotfiles.conf"
INCLUDE="$HERE/config/include.txt"

# Never synced, regardless of include.txt.
DENY_RE='(^|/)(\.ssh/(id_|.*\.pem|known_hosts|authorized_keys)|\.gnupg/|\.aws/|\.kube/config|\.docker/config\.json|\.netrc|\.npmrc|\.pypirc|\.password-store/|\.env[^/]*$|[^/]*_history$|[^/]*\.(pem|key|p12|pfx|kdbx)$|\.mozilla/|Library/Application Support/Google/Chrome/)'

entries() { grep -vE '^\s*(#|$)' "$INCLUDE"; }

collect() {
  cd "$REPO_DIR"
  while IFS= read -r rel; do
    if [[ "$rel" =~ $DENY_RE ]]; then echo "DENIED (sensitive path): $rel" >&2; continue; fi
    src="$HOME/$rel"
    [[ -e "$src" ]] || { echo "missing, skipped: $rel"; continue; }
    mkdir -p "$(dirname "$REPO_DIR/home/$rel")"
    if [[ -d "$src" ]]; then
      rsync -a --delete --exclude='*.log' "$src" "$REPO_DIR/home/$(dirname "$rel")/"
    else
      cp -p "$src" "$REPO_DIR/home/$rel"
    fi
  done < <(entries)
  # Double-check nothing denied slipped in via a directory copy.
  if find home -type f | sed 's#^home/##' | grep -E "$DENY_RE"; then
    echo "sensitive files found under home/ - remove them before continuing" >&2; exit 1
  fi
  git add home
  python3 "$HERE/scripts/scan_secrets.py" $(git diff --cached --name-only)
  git diff --cached --stat
}

push() {
  cd "$REPO_DIR"
  git diff --cached --quiet && { echo "nothing staged; run collect first"; exit 0; }
  echo "Remote: $(git remote get-url origin)   (configured: $REMOTE)"
  [[ "$(git remote get-url origin)" == "$REMOTE" ]] || { echo "origin differs from config; aborting" >&2; exit 1; }
  python3 "$HERE/scripts/scan_secrets.py" $(git diff --cached --name-only)
  read -r -p "Commit and push these changes? [y/N] " ans
  [[ "$ans" =~ ^[Yy]$ ]] || { echo "aborted"; exit 1; }
  git commit -m "sync from $(hostname -s) $(date +%F)"
  git push origin "$BRANCH"
}

install() {
  local dry="${1:-}" stamp backup
  stamp=$(date +%Y%m%d-%H%M%S); backup="$HOME/.dotfiles-backup/$stamp"
  cd "$REPO_DIR/home"
  find . -type f | sed 's#^\./##' | while IFS= read -r rel; do
    target="$HOME/$rel"
    if [[ -L "$target" && "$(readlink "$target")" == "$REPO_DIR/home/$rel" ]]; then continue; fi
    if [[ "$dry" == "--dry-run" ]]; then
      [[ -e "$target" ]] && echo "would back up $target"
      echo "would link $target -> $REPO_DIR/home/$rel"; continue
    fi
    if [[ -e "$target" || -L "$target" ]]; then
      mkdir -p "$(dirname "$backup/$rel")"; mv "$target" "$backup/$rel"
    fi
    mkdir -p "$(dirname "$target")"; ln -s "$REPO_DIR/home/$rel" "$target"
    echo "linked $rel"
  done
  [[ -d "$backup" ]] && echo "previous files saved in $backup"
}

case "${1:-}" in
  collect) collect;;
  push) push;;
  install) install "${2:-}";;
  *) echo "usage: $0 collect|push|install [--dry-run]" >&2; exit 2;;
esac
