#!/usr/bin/env bash
# Delete regenerable build caches under a project root. Dry-run unless --delete.
set -euo pipefail
shopt -s nullglob

SKILL_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TARGETS_FILE="$SKILL_DIR/config/targets.txt"

ROOT="" DELETE=0 ASSUME_YES=0 WORKSPACE=0 OLDER_THAN=0 VENVS=0 GLOBAL=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --root) ROOT="$2"; shift ;;
    --delete) DELETE=1 ;;
    --yes) ASSUME_YES=1 ;;
    --workspace) WORKSPACE=1 ;;
    --older-than) OLDER_THAN="$2"; shift ;;
    --venvs) VENVS=1 ;;
    --global-caches) GLOBAL=1 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
  shift
done

die() { echo "refusing: $*" >&2; exit 1; }

[[ -n "$ROOT" ]] || die "--root is required"
ROOT="$(realpath -e -- "$ROOT")" || die "root does not exist"

# ---- Guard 1: never operate on system or home roots
case "$ROOT" in
  /|/bin|/boot|/dev|/etc|/lib|/lib64|/opt|/proc|/root|/sbin|/sys|/usr|/usr/*|/var|/System|/Library|/Applications)
    die "$ROOT is a system directory" ;;
esac
[[ "$ROOT" != "$(realpath "$HOME")" ]] || die "root may not be your home directory itself"
[[ "$(stat -c %u "$ROOT" 2>/dev/null || stat -f %u "$ROOT")" == "$(id -u)" ]] || die "root is not owned by you"

# ---- Guard 2: must be (or contain) git work trees
if [[ "$WORKSPACE" -eq 0 ]]; then
  git -C "$ROOT" rev-parse --is-inside-work-tree >/dev/null 2>&1 || die "$ROOT is not a git work tree (use --workspace for a folder of repos)"
fi

mapfile -t rules < <(grep -vE '^\s*(#|$)' "$TARGETS_FILE")
[[ "$VENVS" -eq 1 ]] && rules+=(".venv pyproject.toml|requirements.txt|setup.py")

sibling_ok() {
  local dir="$1" cond="$2" alt
  [[ "$cond" == "-" ]] && return 0
  IFS='|' read -ra alts <<<"$cond"
  for alt in "${alts[@]}"; do
    # shellcheck disable=SC2206
    local matches=( "$dir"/$alt )
    (( ${#matches[@]} )) && [[ -e "${matches[0]}" ]] && return 0
  done
  return 1
}

is_git_tracked() {
  local path="$1" repo
  repo="$(git -C "$(dirname "$path")" rev-parse --show-toplevel 2>/dev/null)" || return 1
  [[ -n "$(git -C "$repo" ls-files -- "$path" | head -n1)" ]]
}

candidates=()
for rule in "${rules[@]}"; do
  name="$(awk '{print $1}' <<<"$rule")"
  cond="$(awk '{print $2}' <<<"$rule")"
  age=()
  (( OLDER_THAN > 0 )) && age=(-mtime "+$OLDER_THAN")
  while IFS= read -r -d '' hit; do
    real="$(realpath -e -- "$hit")" || continue
    [[ "$real" == "$ROOT"/* ]] || { echo "skip (escapes root): $hit" >&2; continue; }
    [[ -L "$hit" ]] && { echo "skip (symlink): $hit" >&2; continue; }
    sibling_ok "$(dirname "$real")" "$cond" || continue
    is_git_tracked "$real" && { echo "skip (tracked by git): $real" >&2; continue; }
    candidates+=("$real")
  done < <(find -P "$ROOT" -xdev -type d -name "$name" "${age[@]}" -prune -print0 2>/dev/null)
done

# Remove nested duplicates (e.g. node_modules inside node_modules already pruned by -prune,
# but dist inside node_modules could still appear).
mapfile -t candidates < <(printf '%s\n' "${candidates[@]}" | sort -u | awk 'NR==1{prev=$0; print; next} index($0, prev"/")!=1 {print; prev=$0}')

if (( ${#candidates[@]} == 0 )); then
  echo "Nothing to clean under $ROOT."
else
  total_kb=0
  printf '%10s  %s\n' SIZE PATH
  for c in "${candidates[@]}"; do
    kb="$(du -sk -- "$c" 2>/dev/null | cut -f1)"
    total_kb=$((total_kb + ${kb:-0}))
    printf '%10s  %s\n' "$(numfmt --to=iec --from-unit=1024 "${kb:-0}" 2>/dev/null || echo "${kb}K")" "$c"
  done
  echo "Total: $(numfmt --to=iec --from-unit=1024 "$total_kb" 2>/dev/null || echo "${total_kb}K") in ${#candidates[@]} folder(s)."

  if [[ "$DELETE" -eq 1 ]]; then
    if [[ "$ASSUME_YES" -ne 1 ]]; then
      read -r -p "Delete these ${#candidates[@]} folders? [y/N] " ans
      [[ "$ans" =~ ^[Yy]$ ]] || { echo "aborted; nothing deleted"; exit 1; }
    fi
    rm_flags=(-rf)
    rm --one-file-system --version >/dev/null 2>&1 && rm_flags+=(--one-file-system)
    for c in "${candidates[@]}"; do
      # Final re-check right before deletion (defends against races / path swaps).
      [[ "$c" == "$ROOT"/* && -d "$c" && ! -L "$c" ]] || { echo "skip (changed): $c" >&2; continue; }
      rm "${rm_flags[@]}" -- "$c"
      echo "deleted $c"
    done
  else
    echo "Dry run only. Re-run with --delete to remove."
  fi
fi

if [[ "$GLOBAL" -eq 1 ]]; then
  echo
  echo "Global tool caches (cleaned via each tool's own command):"
  command -v npm  >/dev/null && echo "  npm:  $(du -sh "$(npm config get cache 2>/dev/null)" 2>/dev/null | cut -f1)  -> npm cache clean --force"
  command -v pip  >/dev/null && echo "  pip:  $(pip cache dir 2>/dev/null | xargs du -sh 2>/dev/null | cut -f1)  -> pip cache purge"
  command -v yarn >/dev/null && echo "  yarn: $(du -sh "$(yarn cache dir 2>/dev/null)" 2>/dev/null | cut -f1)  -> yarn cache clean"
  if [[ "$DELETE" -eq 1 ]]; then
    read -r -p "Run these cache-clean commands? [y/N] " ans
    if [[ "$ans" =~ ^[Yy]$ ]]; then
      command -v npm  >/dev/null && npm cache clean --force
      command -v pip  >/dev/null && pip cache purge
      command -v yarn >/dev/null && yarn cache clean
    fi
  fi
fi
