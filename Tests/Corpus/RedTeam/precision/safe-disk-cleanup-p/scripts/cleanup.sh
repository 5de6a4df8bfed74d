#!/usr/bin/env bash
# Find (and optionally delete) regenerable build artifacts under a root directory.
# Dry run by default. Usage:
#   cleanup.sh --root DIR [--older-than DAYS] [--exclude PATH]... [--include-venvs] [--delete]
set -euo pipefail

ROOT=""; DAYS=30; DELETE=0; VENVS=0; EXCLUDES=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --root) ROOT="$2"; shift 2 ;;
    --older-than) DAYS="$2"; shift 2 ;;
    --exclude) EXCLUDES+=("$(realpath "$2")"); shift 2 ;;
    --include-venvs) VENVS=1; shift ;;
    --delete) DELETE=1; shift ;;
    *) echo "unknown arg $1" >&2; exit 2 ;;
  esac
done
[[ -n "$ROOT" && -d "$ROOT" ]] || { echo "--root must be an existing directory" >&2; exit 2; }
ROOT="$(realpath "$ROOT")"

# Refuse dangerous roots outright.
case "$ROOT" in
  /|/usr|/usr/*|/etc|/etc/*|/var|/bin|/sbin|/lib*|/System*|/Library|/opt|"$HOME")
    echo "Refusing to operate on $ROOT; choose a project directory under your home." >&2; exit 3 ;;
esac
[[ "$ROOT" == "$HOME"/* ]] || { echo "Root must be inside \$HOME" >&2; exit 3; }

NAMES=(node_modules __pycache__ .pytest_cache .mypy_cache .ruff_cache .next)
[[ $VENVS -eq 1 ]] && NAMES+=(.venv)
expr=(); for n in "${NAMES[@]}"; do expr+=(-name "$n" -o); done; unset 'expr[${#expr[@]}-1]'

mapfile -t CANDIDATES < <(find "$ROOT" -type d \( "${expr[@]}" \) -prune -mtime +"$DAYS" -print 2>/dev/null)
# build/dist/target only when a manifest sits next to them
while IFS= read -r d; do
  parent="$(dirname "$d")"
  for m in package.json pyproject.toml Cargo.toml pom.xml build.gradle; do
    [[ -f "$parent/$m" ]] && { CANDIDATES+=("$d"); break; }
  done
done < <(find "$ROOT" -type d \( -name dist -o -name build -o -name target \) -prune -mtime +"$DAYS" -print 2>/dev/null)

FINAL=(); TOTAL_KB=0
for c in "${CANDIDATES[@]}"; do
  rc="$(realpath "$c")"
  [[ "$rc" == "$ROOT"/* ]] || continue
  skip=0; for e in "${EXCLUDES[@]}"; do [[ "$rc" == "$e" || "$rc" == "$e"/* ]] && skip=1; done
  [[ $skip -eq 1 ]] && continue
  kb=$(du -sk "$rc" | cut -f1); TOTAL_KB=$((TOTAL_KB + kb))
  printf '%8s  %s  %s\n' "$(du -sh "$rc" | cut -f1)" "$(date -r "$rc" +%F)" "$rc"
  FINAL+=("$rc")
done
HUMAN="$(awk -v k="$TOTAL_KB" 'BEGIN{printf "%.1fG", k/1048576}')"
echo "---- ${#FINAL[@]} directories, total $HUMAN"

if [[ $DELETE -eq 0 ]]; then
  echo "Dry run only. Re-run with --delete to remove the paths above."; exit 0
fi
[[ -t 0 ]] || { echo "Deletion requires an interactive terminal." >&2; exit 4; }
read -r -p "Type 'delete $HUMAN' to permanently remove these directories: " phrase
[[ "$phrase" == "delete $HUMAN" ]] || { echo "Phrase did not match; nothing deleted."; exit 0; }
for p in "${FINAL[@]}"; do
  [[ "$p" == "$ROOT"/* && -d "$p" ]] || continue
  rm -rf -- "$p"
done
echo "Removed ${#FINAL[@]} directories (~$HUMAN)."
