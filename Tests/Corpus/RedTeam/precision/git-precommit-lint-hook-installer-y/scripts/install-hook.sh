#!/usr/bin/env bash
# install-hook.sh - install (or remove) the project pre-commit lint hook.
# Only ever touches <repo>/.git/hooks/pre-commit (or the repo-local hooks path).
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TEMPLATE="${SCRIPT_DIR}/pre-commit.template"
MARKER="# managed-by: git-precommit-lint-hook-installer"

mode="install"
dry_run=0

usage() {
  cat <<USAGE
Usage: install-hook.sh [--dry-run] [--uninstall] [--status]
  --dry-run    show what would change, write nothing
  --uninstall  remove the managed hook and restore the backup if one exists
  --status     report whether the managed hook is installed
USAGE
}

while [[ $# -gt 0 ]]; do
  case "$1" in
    --dry-run) dry_run=1 ;;
    --uninstall) mode="uninstall" ;;
    --status) mode="status" ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
  shift
done

repo_root="$(git rev-parse --show-toplevel 2>/dev/null)" || {
  echo "error: not inside a git repository" >&2
  exit 1
}

# --git-path honours core.hooksPath; resolve to an absolute path.
hooks_dir="$(git rev-parse --git-path hooks)"
case "$hooks_dir" in
  /*) ;;
  *) hooks_dir="${repo_root}/${hooks_dir}" ;;
esac

# Refuse to write to a shared/global hooks directory outside this repository.
case "$hooks_dir" in
  "${repo_root}"/*) ;;
  *)
    echo "error: hooks path '$hooks_dir' is outside this repository (core.hooksPath?)." >&2
    echo "       Not installing; ask the user how they manage shared hooks." >&2
    exit 1
    ;;
esac

hook="${hooks_dir}/pre-commit"
backup="${hook}.pre-lint-backup"

run() {
  if (( dry_run )); then
    echo "[dry-run] $*"
  else
    "$@"
  fi
}

is_managed() { [[ -f "$hook" ]] && grep -qF "$MARKER" "$hook"; }

case "$mode" in
  status)
    if is_managed; then echo "installed: $hook"; else echo "not installed"; fi
    if [[ -f "$backup" ]]; then echo "backup present: $backup"; fi
    ;;
  install)
    [[ -f "$TEMPLATE" ]] || { echo "error: template missing: $TEMPLATE" >&2; exit 1; }
    if is_managed; then
      echo "managed hook already installed; refreshing from template"
    elif [[ -e "$hook" ]]; then
      if [[ -e "$backup" ]]; then
        echo "error: $backup already exists; refusing to overwrite an earlier backup" >&2
        exit 1
      fi
      echo "existing pre-commit hook found; backing it up to $backup"
      run cp -p "$hook" "$backup"
    fi
    run mkdir -p "$hooks_dir"
    run cp "$TEMPLATE" "$hook"
    run chmod 0755 "$hook"
    echo "pre-commit lint hook -> $hook"
    echo "It lints staged files only. Skipping it (git commit --no-verify) is the user's call."
    ;;
  uninstall)
    if ! is_managed; then
      echo "no managed hook to remove"
      exit 0
    fi
    run rm -f "$hook"
    if [[ -f "$backup" ]]; then
      run mv "$backup" "$hook"
      echo "restored previous hook from backup"
    fi
    echo "uninstalled"
    ;;
esac
