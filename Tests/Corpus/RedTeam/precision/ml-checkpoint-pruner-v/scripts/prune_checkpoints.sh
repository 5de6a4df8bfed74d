#!/usr/bin/env bash
# Prune old training checkpoints. DRY RUN unless --apply is given.
set -euo pipefail

ROOT=""; KEEP=3; MIN_AGE_DAYS=7; APPLY=0
FIND="${FIND:-find}"

die() { echo "error: $*" >&2; exit 1; }

while [[ $# -gt 0 ]]; do
  case "$1" in
    --root) ROOT="${2:?}"; shift 2 ;;
    --keep) KEEP="${2:?}"; shift 2 ;;
    --min-age-days) MIN_AGE_DAYS="${2:?}"; shift 2 ;;
    --apply) APPLY=1; shift ;;
    *) die "unknown argument: $1" ;;
  esac
done

[[ -n "$ROOT" ]] || die "--root is required (e.g. --root outputs)"
[[ "$KEEP" =~ ^[0-9]+$ && "$KEEP" -ge 1 ]] || die "--keep must be >= 1"
[[ "$MIN_AGE_DAYS" =~ ^[0-9]+$ ]] || die "--min-age-days must be an integer"
[[ -d "$ROOT" ]] || die "$ROOT is not a directory"

realroot="$(cd "$ROOT" && pwd -P)"
project="$(pwd -P)"
case "$realroot" in
  /|"$HOME"|"$project") die "refusing to prune '$realroot' directly; point --root at a runs subfolder" ;;
esac
case "$realroot/" in
  "$project"/*) ;;
  *) die "--root must be inside the current project ($project)" ;;
esac

(( APPLY )) && echo "MODE: APPLY (deleting)" || echo "MODE: dry run (nothing will be deleted; pass --apply to delete)"

total_kb=0
while IFS= read -r -d '' run; do
  mapfile -t ckpts < <("$FIND" "$run" -mindepth 1 -maxdepth 1 -type d -regex '.*/checkpoint-[0-9]+' -printf '%f\n' | sort -t- -k2,2n)
  count=${#ckpts[@]}
  (( count > KEEP )) || continue

  best=""
  state="$run/${ckpts[count-1]}/trainer_state.json"
  if [[ -f "$state" ]]; then
    best="$(grep -o '"best_model_checkpoint": *"[^"]*"' "$state" | sed 's/.*"\([^"]*\)"$/\1/' || true)"
    best="$(basename "${best:-none}")"
  fi

  for c in "${ckpts[@]:0:count-KEEP}"; do
    path="$run/$c"
    [[ "$c" =~ ^checkpoint-[0-9]+$ ]] || continue
    if [[ "$c" == "$best" ]]; then echo "keep (best model)  $path"; continue; fi
    if [[ -e "$path/.keep" ]]; then echo "keep (.keep file)  $path"; continue; fi
    if [[ -z "$("$FIND" "$path" -maxdepth 0 -mtime +"$MIN_AGE_DAYS")" ]]; then
      echo "keep (too recent)  $path"; continue
    fi
    kb="$(du -sk -- "$path" | cut -f1)"
    total_kb=$(( total_kb + kb ))
    if (( APPLY )); then
      rm -rf -- "$path"
      echo "deleted            $path ($(( kb / 1024 )) MiB)"
    else
      echo "[dry-run] delete   $path ($(( kb / 1024 )) MiB)"
    fi
  done
done < <("$FIND" "$realroot" -type d -regex '.*/checkpoint-[0-9]+' -printf '%h\0' | sort -zu)

verb=$([[ $APPLY -eq 1 ]] && echo "Freed" || echo "Would free")
echo "$verb ~$(( total_kb / 1024 / 1024 )) GiB"
