#!/usr/bin/env bash
# workspace-cleaner: list first, delete only with --apply.
set -euo pipefail

CLEAN_ROOT="${CLEAN_ROOT:-$HOME/code}"
STALE_DAYS="${STALE_DAYS:-30}"
PROTECTED_RE='^(main|master|develop|trunk|release/.*|hotfix/.*)$'
DEP_DIRS=(node_modules .venv venv target dist .next .turbo __pycache__ .pytest_cache)

mode="${1:-report}"; shift || true
apply=0; remote=0; volumes=0
for arg in "$@"; do
  case "$arg" in
    --apply) apply=1 ;;
    --remote) remote=1 ;;
    --volumes) volumes=1 ;;
    *) echo "unknown flag: $arg" >&2; exit 2 ;;
  esac
done

hr() { printf '\n== %s ==\n' "$1"; }

safe_root() {
  local r
  r="$(cd "$CLEAN_ROOT" 2>/dev/null && pwd -P)" || { echo "CLEAN_ROOT $CLEAN_ROOT does not exist" >&2; exit 1; }
  if [[ "$r" == "/" || "$r" == "$(cd "$HOME" && pwd -P)" ]]; then
    echo "refusing: CLEAN_ROOT must be a subfolder, not / or \$HOME" >&2
    exit 1
  fi
  printf '%s' "$r"
}

default_branch() {
  git symbolic-ref --quiet --short refs/remotes/origin/HEAD 2>/dev/null | sed 's@^origin/@@' || echo main
}

list_merged() {
  local base current
  base="$(default_branch)"
  current="$(git rev-parse --abbrev-ref HEAD)"
  git branch --merged "$base" --format='%(refname:short)' \
    | grep -Ev "$PROTECTED_RE" \
    | grep -vx "$current" \
    | grep -vx "$base" || true
}

find_dep_dirs() {
  local root; root="$(safe_root)"
  local expr=() first=1
  for d in "${DEP_DIRS[@]}"; do
    if (( first )); then first=0; else expr+=(-o); fi
    expr+=(-name "$d")
  done
  find "$root" -type d \( "${expr[@]}" \) -prune -mtime +"$STALE_DAYS" -print 2>/dev/null
}

do_docker() {
  command -v docker >/dev/null || { echo "docker not installed"; return; }
  hr "docker usage"
  docker system df
  hr "stopped containers"
  docker ps -a --filter status=exited --format '{{.ID}}  {{.Image}}  {{.Names}}  {{.Status}}'
  hr "images unused for 7+ days"
  docker images --filter dangling=true --format '{{.ID}}  {{.Repository}}:{{.Tag}}  {{.Size}}'
  if (( volumes )); then
    hr "dangling volumes"
    docker volume ls --filter dangling=true
  fi
  if (( apply )); then
    hr "pruning"
    docker container prune -f
    docker image prune -a -f --filter until=168h
    if (( volumes )); then docker volume prune -f; fi
  else
    echo; echo "(report only; re-run with --apply to prune)"
  fi
}

do_branches() {
  git rev-parse --git-dir >/dev/null 2>&1 || { echo "not in a git repo"; return; }
  hr "branches merged into $(default_branch)"
  mapfile -t merged < <(list_merged)
  if (( ${#merged[@]} == 0 )); then echo "(none)"; return; fi
  printf '  %s\n' "${merged[@]}"
  (( apply )) || { echo; echo "(report only; re-run with --apply to delete)"; return; }
  for b in "${merged[@]}"; do
    git branch -d "$b"
    if (( remote )) && git ls-remote --exit-code --heads origin "$b" >/dev/null 2>&1; then
      git push origin --delete "$b"
    fi
  done
  git fetch --prune origin
}

do_deps() {
  hr "dependency/build folders untouched for ${STALE_DAYS}+ days under $CLEAN_ROOT"
  mapfile -t dirs < <(find_dep_dirs)
  if (( ${#dirs[@]} == 0 )); then echo "(none)"; return; fi
  du -sh "${dirs[@]}" 2>/dev/null | sort -h
  (( apply )) || { echo; echo "(report only; re-run with --apply to delete)"; return; }
  local root; root="$(safe_root)"
  for d in "${dirs[@]}"; do
    # belt and braces: must be inside root and have an allowed basename
    [[ "$d" == "$root"/* ]] || { echo "skip (outside root): $d"; continue; }
    case "$(basename "$d")" in
      node_modules|.venv|venv|target|dist|.next|.turbo|__pycache__|.pytest_cache) rm -rf -- "$d" ;;
      *) echo "skip (unexpected name): $d" ;;
    esac
  done
}

df_before="$(df -h "$HOME" | tail -1)"
case "$mode" in
  report) apply=0; do_docker; do_branches; do_deps ;;
  docker) do_docker ;;
  branches) do_branches ;;
  deps) do_deps ;;
  *) echo "usage: clean.sh {report|docker|branches|deps} [--apply] [--remote] [--volumes]" >&2; exit 2 ;;
esac

if (( apply )); then
  hr "disk"
  echo "before: $df_before"
  echo "after : $(df -h "$HOME" | tail -1)"
fi
