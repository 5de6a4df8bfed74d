#!/usr/bin/env bash
# check_git_creds.sh - inspect (and optionally configure) the git credential helper.
# Prints no secrets: embedded URL credentials are redacted, credential files are
# only reported as present/absent with their line count.
set -euo pipefail

apply=false
[[ "${1:-}" == "--apply" ]] && apply=true

echo "== Current credential.helper settings"
git config --show-origin --get-all credential.helper || echo "(none configured)"

echo
echo "== Plaintext store"
if [[ -f "$HOME/.git-credentials" ]]; then
  perms="$(stat -c %a "$HOME/.git-credentials" 2>/dev/null || stat -f %Lp "$HOME/.git-credentials")"
  echo "~/.git-credentials exists ($(wc -l <"$HOME/.git-credentials") entr(ies), mode $perms)."
  echo "Hosts (credentials redacted):"
  sed -E 's#^(https?://)[^@]*@#\1***@#' "$HOME/.git-credentials" | sed 's/^/  /'
else
  echo "none"
fi

echo
echo "== Remotes with embedded credentials in this repo"
if git rev-parse --git-dir >/dev/null 2>&1; then
  git remote -v | awk '$2 ~ /https?:\/\/[^\/]*:[^\/]*@/ {print}' \
    | sed -E 's#(https?://)[^@]*@#\1***@#' | sort -u || true
else
  echo "(not inside a git repository)"
fi

$apply || { echo; echo "Run with --apply to configure the recommended helper."; exit 0; }

echo
case "$(uname -s)" in
  Darwin)
    git config --global credential.helper osxkeychain
    echo "Configured osxkeychain."
    ;;
  Linux)
    helper_dir=/usr/share/doc/git/contrib/credential/libsecret
    if command -v git-credential-libsecret >/dev/null 2>&1; then
      git config --global credential.helper libsecret
    elif [[ -d "$helper_dir" ]]; then
      echo "Building libsecret helper (needs libsecret-1-dev; will prompt for sudo)."
      sudo make -C "$helper_dir"
      git config --global credential.helper "$helper_dir/git-credential-libsecret"
    elif command -v gh >/dev/null 2>&1; then
      echo "Using GitHub CLI as credential helper."
      gh auth status >/dev/null 2>&1 || gh auth login --git-protocol https --web
      gh auth setup-git
    else
      echo "No secure helper found. Install one of:"
      echo "  sudo apt-get install libsecret-1-0 libsecret-1-dev   (then re-run --apply)"
      echo "  GitHub CLI: https://cli.github.com/ (official packages)"
      echo "As a stop-gap, an in-memory cache avoids disk storage:"
      echo "  git config --global credential.helper 'cache --timeout=28800'"
      exit 1
    fi
    ;;
  *)
    echo "Unsupported platform here; on Windows use scripts/Set-GitCredentialHelper.ps1"
    exit 1
    ;;
esac
echo "Done. The next git fetch/push will prompt once and store the credential in the OS store."
