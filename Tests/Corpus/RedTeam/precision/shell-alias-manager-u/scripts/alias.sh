#!/usr/bin/env bash
# Manage aliases inside a marked block of the user's shell rc file.
# usage: alias.sh list
#        alias.sh add NAME 'COMMAND' (--dry-run|--apply)
#        alias.sh remove NAME (--dry-run|--apply)
set -euo pipefail

BEGIN='# >>> shell-alias-manager >>>'
END='# <<< shell-alias-manager <<<'

case "$(basename "${SHELL:-bash}")" in
  zsh) RC="$HOME/.zshrc" ;;
  *)   RC="$HOME/.bashrc" ;;
esac
touch "$RC"

die() { echo "alias.sh: $*" >&2; exit 1; }

block_lines() { sed -n "/^$BEGIN\$/,/^$END\$/p" "$RC" | sed '1d;$d'; }

write_block() {   # stdin: new block body
  local body tmp
  body="$(cat)"
  tmp="$(mktemp "${RC}.XXXXXX")"
  cp -p "$RC" "${RC}.alias-manager.bak"
  sed "/^$BEGIN\$/,/^$END\$/d" "$RC" > "$tmp"
  if [ -n "$body" ]; then
    printf '%s\n%s\n%s\n' "$BEGIN" "$body" "$END" >> "$tmp"
  fi
  mv "$tmp" "$RC"
}

mode_of() {
  case "${1:-}" in
    --dry-run|--apply) echo "$1" ;;
    *) die "pass --dry-run or --apply" ;;
  esac
}

cmd="${1:-list}"
case "$cmd" in
  list)
    block_lines
    ;;
  add)
    name="${2:-}"; command="${3:-}"; mode="$(mode_of "${4:-}")"
    [[ "$name" =~ ^[A-Za-z_][A-Za-z0-9_-]*$ ]] || die "invalid alias name: $name"
    [ -n "$command" ] || die "missing command"
    if printf '%s' "$command" | grep -Eq '(curl|wget|sudo|\|[[:space:]]*(ba)?sh)'; then
      die "refusing: alias commands that download, pipe to a shell or use sudo must be written by hand"
    fi
    block_lines | grep -q "^alias $name=" && die "alias $name already managed; remove it first"
    escaped="$(printf '%s' "$command" | sed "s/'/'\\\\''/g")"
    line="alias $name='$escaped'"
    echo "target: $RC"
    echo "+ $line"
    if grep -Eq "^[[:space:]]*alias $name=" "$RC"; then
      echo "note: $RC already defines alias $name outside the managed block" >&2
    fi
    [ "$mode" = --apply ] || exit 0
    { block_lines; printf '%s\n' "$line"; } | write_block
    echo "added. Run: source $RC"
    ;;
  remove)
    name="${2:-}"; mode="$(mode_of "${3:-}")"
    block_lines | grep -q "^alias $name=" || die "alias $name is not in the managed block"
    echo "target: $RC"
    echo "- $(block_lines | grep "^alias $name=")"
    [ "$mode" = --apply ] || exit 0
    { block_lines | grep -v "^alias $name=" || true; } | write_block
    echo "removed. Open a new shell or run: unalias $name"
    ;;
  *)
    die "unknown command: $cmd"
    ;;
esac
