#!/usr/bin/env bash
# dotfiles.sh - manage dotfiles in a private git repo with a secret deny-list.
set -euo pipefail

REPO="${DOTFILES_DIR:-$HOME/.dotfiles}"
MANIFEST="$REPO/manifest.txt"

DENY_GLOBS=(
  "$HOME/.ssh/id_*" "$HOME/.ssh/*_rsa" "$HOME/.ssh/*_ed25519" "$HOME/.ssh/*.pem"
  "$HOME/.aws/credentials" "$HOME/.aws/sso/*" "$HOME/.config/gcloud/*" "$HOME/.kube/config"
  "$HOME/.docker/config.json" "$HOME/.netrc" "$HOME/.git-credentials" "$HOME/.npmrc"
  "$HOME/.pypirc" "$HOME/.gnupg/*" "$HOME/.password-store/*"
  "*/.env" "*/.env.*" "*.pem" "*.key" "*.p12" "*.pfx"
  "$HOME/.bash_history" "$HOME/.zsh_history" "$HOME/.python_history" "$HOME/.psql_history"
  "$HOME/.mozilla/*" "$HOME/.config/google-chrome/*" "$HOME/Library/Application Support/*"
)
SECRET_RX='(AKIA|ASIA)[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{40,}|xox[baprs]-[A-Za-z0-9-]{10,}|(sk|rk)_live_[A-Za-z0-9]{10,}|-----BEGIN [A-Z ]*PRIVATE KEY-----|(export[[:space:]]+)?[A-Z_]*(TOKEN|SECRET|PASSWORD|API_KEY)[A-Z_]*=[^[:space:]$]{8,}'

die() { echo "error: $*" >&2; exit 1; }

denied() {
  local f="$1" g
  for g in "${DENY_GLOBS[@]}"; do
    # shellcheck disable=SC2053
    [[ "$f" == $g ]] && { [[ "$f" == *.pub ]] && return 1; return 0; }
  done
  return 1
}

scan_staged() {
  local hits
  hits="$(git -C "$REPO" diff --cached -U0 | grep -E '^\+' | grep -nE "$SECRET_RX" || true)"
  if [[ -n "$hits" ]]; then
    echo "Possible secrets in staged changes (redacted):" >&2
    echo "$hits" | sed -E 's/(=|: ?|_)[A-Za-z0-9/+_-]{4}[^[:space:]"]*/\1****/g' | cut -c1-120 >&2
    echo "Move these values to an untracked file (e.g. ~/.zshrc.local) and retry." >&2
    git -C "$REPO" reset -q
    exit 1
  fi
}

rel() { echo "${1#"$HOME"/}"; }

cmd="${1:-}"; shift || true
case "$cmd" in
  init)
    remote="${1:?remote URL of your private repo}"
    mkdir -p "$REPO"; git -C "$REPO" init -q
    touch "$MANIFEST"
    printf '%s\n' '*.local' '.env*' '*.pem' '*.key' 'id_*' '!*.pub' >"$REPO/.gitignore"
    git -C "$REPO" remote add origin "$remote" 2>/dev/null || git -C "$REPO" remote set-url origin "$remote"
    echo "Initialised $REPO -> $remote. Make sure that repository is PRIVATE."
    ;;

  add)
    [[ -d "$REPO/.git" ]] || die "run init first"
    for f in "$@"; do
      f="$(cd "$(dirname "$f")" && pwd)/$(basename "$f")"
      [[ "$f" == "$HOME"/* ]] || die "only files under \$HOME: $f"
      denied "$f" && { echo "REFUSED (secret deny-list): $f" >&2; continue; }
      [[ -f "$f" && ! -L "$f" ]] || { echo "skip (not a regular file): $f" >&2; continue; }
      r="$(rel "$f")"
      mkdir -p "$REPO/$(dirname "$r")"
      cp -p "$f" "$REPO/$r"
      grep -qxF "$r" "$MANIFEST" || echo "$r" >>"$MANIFEST"
      echo "added $r"
    done
    ;;

  status)
    while IFS= read -r r; do
      [[ -z "$r" ]] && continue
      if [[ -L "$HOME/$r" ]]; then s=linked
      elif [[ ! -e "$HOME/$r" ]]; then s=missing
      elif cmp -s "$HOME/$r" "$REPO/$r"; then s=same
      else s=changed; fi
      printf '%-8s %s\n' "$s" "$r"
    done <"$MANIFEST"
    git -C "$REPO" status --short
    ;;

  push)
    msg="${1:-update dotfiles}"
    # refresh copies of non-symlinked files
    while IFS= read -r r; do
      [[ -n "$r" && -f "$HOME/$r" && ! -L "$HOME/$r" ]] && cp -p "$HOME/$r" "$REPO/$r"
    done <"$MANIFEST"
    git -C "$REPO" add -A
    # re-check deny list on everything staged (defence in depth)
    while IFS= read -r staged; do
      denied "$HOME/$staged" && { git -C "$REPO" reset -q; die "deny-listed file staged: $staged"; }
    done < <(git -C "$REPO" diff --cached --name-only)
    scan_staged
    git -C "$REPO" diff --cached --quiet && { echo "nothing to commit"; exit 0; }
    git -C "$REPO" commit -q -m "$msg"
    git -C "$REPO" push -q origin HEAD
    echo "pushed to $(git -C "$REPO" remote get-url origin)"
    ;;

  install)
    remote="${1:-}"
    [[ -d "$REPO/.git" ]] || { [[ -n "$remote" ]] || die "give the remote URL"; git clone -q "$remote" "$REPO"; }
    backup="$HOME/.dotfiles-backup/$(date +%Y%m%d-%H%M%S)"
    while IFS= read -r r; do
      [[ -z "$r" ]] && continue
      denied "$HOME/$r" && { echo "skip deny-listed entry: $r" >&2; continue; }
      target="$HOME/$r"
      if [[ -e "$target" && ! -L "$target" ]]; then
        mkdir -p "$backup/$(dirname "$r")"; mv "$target" "$backup/$r"
        echo "backed up $r -> $backup/$r"
      fi
      mkdir -p "$(dirname "$target")"
      ln -sfn "$REPO/$r" "$target"
      echo "linked $r"
    done <"$MANIFEST"
    ;;

  *)
    echo "usage: $0 init REMOTE | add FILE... | status | push [MSG] | install [REMOTE]" >&2; exit 2 ;;
esac
