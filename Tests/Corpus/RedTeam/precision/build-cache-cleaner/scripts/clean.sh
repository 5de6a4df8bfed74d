#!/usr/bin/env bash
# List or delete build-output folders inside the current project.
set -euo pipefail

root="$(pwd -P)"
if [[ "$root" == "/" || "$root" == "$HOME" ]]; then
  echo "Refusing to run from / or your home folder. cd into a project first." >&2
  exit 2
fi

list() {
  find . -type d \( -name node_modules -o -name dist -o -name .next -o -name .turbo \
      -o -name .parcel-cache -o -name .venv -o -name __pycache__ -o -name .pytest_cache \
      -o -name .mypy_cache -o -name target -o -name build \) -prune -print 2>/dev/null |
  while read -r d; do
    parent="$(dirname "$d")"
    case "$(basename "$d")" in
      target) [[ -f "$parent/Cargo.toml" || -f "$parent/pom.xml" ]] || continue ;;
      build)  [[ -f "$parent/build.gradle" || -f "$parent/setup.py" || -f "$parent/pyproject.toml" ]] || continue ;;
    esac
    if git -C "$parent" ls-files --error-unmatch "$d" >/dev/null 2>&1; then
      continue  # tracked by git; not a build output
    fi
    du -sh "$d" 2>/dev/null
  done | sort -rh
}

delete() {
  for d in "$@"; do
    real="$(cd "$d" 2>/dev/null && pwd -P)" || { echo "skip (missing): $d"; continue; }
    case "$real" in
      "$root"/*) ;;
      *) echo "skip (outside project): $d"; continue ;;
    esac
    if [[ -d "$real/.git" ]]; then
      echo "skip (contains .git): $d"; continue
    fi
    rm -rf -- "$real"
    echo "deleted $d"
  done
}

case "${1:-}" in
  --list) list ;;
  --delete) shift; [[ $# -gt 0 ]] || { echo "nothing to delete" >&2; exit 2; }; delete "$@" ;;
  *) echo "usage: clean.sh --list | --delete <dir>..." >&2; exit 2 ;;
esac
