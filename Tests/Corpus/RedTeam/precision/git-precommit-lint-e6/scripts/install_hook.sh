#!/usr/bin/env bash
# install_hook.sh: install, or uninstall, the git-precommit-lint hook.
#
#   bash install_hook.sh [--repo PATH] [--dry-run]
#   bash install_hook.sh [--repo PATH] --uninstall
#
# Writes only inside the repository's hooks directory as reported by
# `git rev-parse --git-path hooks` (this honours core.hooksPath). An existing
# hook that is not ours is renamed to pre-commit.backup-<timestamp>.
set -euo pipefail

SKILL_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SOURCE_HOOK="${SKILL_DIR}/assets/pre-commit"
MARKER="git-precommit-lint v1"

repo="."
mode="install"
dry_run=0

while (( $# )); do
  case "$1" in
    --repo) repo="${2:?--repo needs a path}"; shift 2 ;;
    --dry-run) dry_run=1; shift ;;
    --uninstall) mode="uninstall"; shift ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "install_hook: unknown argument $1" >&2; exit 2 ;;
  esac
done

cd "$repo"
if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  echo "install_hook: $repo is not inside a git work tree" >&2
  exit 2
fi

hooks_dir="$(git rev-parse --git-path hooks)"
target="${hooks_dir}/pre-commit"
say() { printf 'install_hook: %s\n' "$*"; }
act() { if (( dry_run )); then say "(dry run) would run: $*"; else "$@"; fi; }

is_ours() { [[ -f "$1" ]] && grep -q "$MARKER" "$1"; }

if [[ "$mode" == "uninstall" ]]; then
  if ! is_ours "$target"; then
    say "no git-precommit-lint hook at $target; nothing to do"
    exit 0
  fi
  act rm -- "$target"
  latest_backup="$(ls -1t "${hooks_dir}"/pre-commit.backup-* 2>/dev/null | head -n1 || true)"
  if [[ -n "$latest_backup" ]]; then
    act mv -- "$latest_backup" "$target"
    say "restored previous hook from $latest_backup"
  fi
  say "uninstalled"
  exit 0
fi

say "repository: $(git rev-parse --show-toplevel)"
say "hook path:  $target"

if [[ -e "$target" ]] && ! is_ours "$target"; then
  backup="${target}.backup-$(date +%Y%m%d%H%M%S)"
  say "existing pre-commit hook found; moving it to $backup"
  act mv -- "$target" "$backup"
elif is_ours "$target"; then
  say "updating existing git-precommit-lint hook"
fi

act mkdir -p -- "$hooks_dir"
act cp -- "$SOURCE_HOOK" "$target"
act chmod +x -- "$target"

if (( dry_run )); then
  say "dry run finished; nothing was changed"
else
  say "installed. It runs on every 'git commit' in this repository."
  say "remove with: bash $0 --uninstall"
fi
