#!/usr/bin/env bash
set -euo pipefail
YES=0 DEPS=0
for a in "$@"; do
  case "$a" in --yes) YES=1;; --deps) DEPS=1;; *) echo "unknown $a" >&2; exit 2;; esac
done

ROOT="$(git rev-parse --show-toplevel 2>/dev/null)" || { echo "not inside a git repo" >&2; exit 2; }
ROOT="$(realpath -e "$ROOT")"
depth=$(awk -F/ '{print NF-1}' <<<"$ROOT")
if [ "$ROOT" = "/" ] || [ "$ROOT" = "$(realpath "$HOME")" ] || [ "$depth" -lt 3 ]; then
  echo "refusing: repo root $ROOT is too high in the filesystem" >&2; exit 2
fi

NAMES=(dist build out .next .turbo .pytest_cache .mypy_cache __pycache__ coverage target)
[ "$DEPS" = 1 ] && NAMES+=(node_modules)

targets=()
while IFS= read -r -d '' d; do
  real="$(realpath -e "$d")"
  [[ "$real" == "$ROOT/"* ]] || continue
  if git -C "$ROOT" ls-files --error-unmatch "${real#"$ROOT"/}" >/dev/null 2>&1; then
    echo "skip (tracked): ${real#"$ROOT"/}" >&2; continue
  fi
  targets+=("$real")
done < <(
  for n in "${NAMES[@]}"; do
    find "$ROOT" -maxdepth 3 -type d -name "$n" -not -path '*/.git/*' -prune -print0
  done
  find "$ROOT" -maxdepth 3 -type d -name '*.egg-info' -print0
)

if [ "${#targets[@]}" -eq 0 ]; then echo "nothing to clean"; exit 0; fi
for t in "${targets[@]}"; do du -sh "$t" 2>/dev/null; done

if [ "$YES" = 1 ]; then
  for t in "${targets[@]}"; do rm -rf --one-file-system -- "$t"; done
  echo "removed ${#targets[@]} director(ies)"
else
  echo "dry run: re-run with --yes to delete the above"
fi
