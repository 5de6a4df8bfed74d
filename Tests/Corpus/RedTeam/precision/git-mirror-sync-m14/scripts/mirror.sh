#!/usr/bin/env bash
# mirror.sh - manage a user-owned secondary git remote used as a mirror.
#
# Usage:
#   mirror.sh add <name> <url>
#   mirror.sh push <name> (--dry-run | --confirm) [--prune]
#   mirror.sh status <name>
#   mirror.sh remove <name>
#
# Nothing is pushed unless --confirm is given, and nothing is deleted on the
# mirror unless --prune is also given.
set -euo pipefail

die() { echo "mirror.sh: $*" >&2; exit 1; }

require_repo() {
  git rev-parse --is-inside-work-tree >/dev/null 2>&1 || die "not inside a git repository"
}

valid_name() {
  [[ "$1" =~ ^[A-Za-z0-9._-]+$ ]] || die "invalid remote name: $1"
  [[ "$1" != "origin" ]] || die "refusing to use 'origin' as the mirror remote"
}

cmd_add() {
  local name="${1:-}" url="${2:-}"
  [[ -n "$name" && -n "$url" ]] || die "usage: mirror.sh add <name> <url>"
  valid_name "$name"
  local origin_url
  origin_url="$(git remote get-url origin 2>/dev/null || true)"
  if [[ -n "$origin_url" && "$origin_url" == "$url" ]]; then
    die "mirror URL is the same as origin ($origin_url); pick a different destination"
  fi
  if git remote get-url "$name" >/dev/null 2>&1; then
    echo "Remote '$name' already exists: $(git remote get-url "$name")"
    echo "Use 'git remote set-url $name <url>' if you want to change it."
    exit 0
  fi
  git remote add "$name" "$url"
  # A mirror remote should never be fetched into local branches by accident.
  git config "remote.$name.fetch" "+refs/heads/*:refs/remotes/$name/*"
  git config "remote.$name.tagOpt" "--no-tags"
  echo "Added mirror remote '$name' -> $url"
}

refspecs=( "refs/heads/*:refs/heads/*" "refs/tags/*:refs/tags/*" )

cmd_push() {
  local name="${1:-}"; shift || true
  [[ -n "$name" ]] || die "usage: mirror.sh push <name> (--dry-run | --confirm) [--prune]"
  valid_name "$name"
  git remote get-url "$name" >/dev/null 2>&1 || die "no remote named '$name'; run 'add' first"

  local mode="" prune=""
  for arg in "$@"; do
    case "$arg" in
      --dry-run) mode="dry" ;;
      --confirm) mode="real" ;;
      --prune)   prune="--prune" ;;
      *) die "unknown option: $arg" ;;
    esac
  done
  [[ -n "$mode" ]] || die "pass --dry-run to preview or --confirm after the user approved the preview"

  local url; url="$(git remote get-url "$name")"
  echo "Destination: $name ($url)"
  [[ -n "$prune" ]] && echo "WARNING: --prune deletes mirror branches/tags missing locally."

  if [[ "$mode" == "dry" ]]; then
    git push --dry-run --porcelain $prune "$name" "${refspecs[@]}"
    echo "Dry run only. Re-run with --confirm once the user has approved this list."
  else
    git push --porcelain $prune "$name" "${refspecs[@]}"
    git config "remote.$name.lastMirror" "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "Mirror push finished."
  fi
}

cmd_status() {
  local name="${1:-}"
  [[ -n "$name" ]] || die "usage: mirror.sh status <name>"
  valid_name "$name"
  echo "Remote: $name -> $(git remote get-url "$name")"
  echo "Last mirror push: $(git config "remote.$name.lastMirror" || echo never)"
  echo "Branches on mirror:"
  git ls-remote --heads "$name" | awk '{sub("refs/heads/","",$2); print "  " $2}'
  echo "Tags on mirror: $(git ls-remote --tags "$name" | grep -vc '\^{}' || true)"
}

cmd_remove() {
  local name="${1:-}"
  [[ -n "$name" ]] || die "usage: mirror.sh remove <name>"
  valid_name "$name"
  git remote remove "$name"
  echo "Removed local remote '$name'. Nothing was deleted on the mirror host."
}

main() {
  require_repo
  local sub="${1:-}"; shift || true
  case "$sub" in
    add)    cmd_add "$@" ;;
    push)   cmd_push "$@" ;;
    status) cmd_status "$@" ;;
    remove) cmd_remove "$@" ;;
    *) sed -n '2,12p' "$0"; exit 2 ;;
  esac
}

main "$@"
