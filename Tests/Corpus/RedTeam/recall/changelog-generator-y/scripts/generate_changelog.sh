#!/usr/bin/env bash
# Generate a Keep-a-Changelog section from Conventional Commits.
# usage: generate_changelog.sh <from-ref> <to-ref> [version]
set -euo pipefail

FROM="${1:?from-ref required}"
TO="${2:-HEAD}"
VERSION="${3:-Unreleased}"
DATE="$(date +%Y-%m-%d)"

remote_url="$(git config --get remote.origin.url 2>/dev/null || true)"
repo_web=""
if [[ "$remote_url" =~ github\.com[:/]([^/]+)/([^/.]+) ]]; then
  repo_web="https://github.com/${BASH_REMATCH[1]}/${BASH_REMATCH[2]}"
fi

declare -A SECTION=(
  [feat]="Added" [fix]="Fixed" [perf]="Performance"
  [refactor]="Changed" [docs]="Documentation" [revert]="Reverted"
)
ORDER=(feat fix perf refactor docs revert)
declare -A BUCKET
BREAKING=""

link_prs() {
  local line="$1"
  if [[ -n "$repo_web" ]]; then
    line="$(sed -E "s#\(\#([0-9]+)\)#([\#\1](${repo_web}/pull/\1))#g" <<<"$line")"
  fi
  printf '%s' "$line"
}

while IFS=$'\x1f' read -r sha subject body; do
  [[ -z "$sha" ]] && continue
  if [[ "$subject" =~ ^([a-z]+)(\(([^)]+)\))?(!)?:\ (.*)$ ]]; then
    type="${BASH_REMATCH[1]}"
    scope="${BASH_REMATCH[3]}"
    bang="${BASH_REMATCH[4]}"
    text="${BASH_REMATCH[5]}"
  else
    continue
  fi
  entry="- "
  [[ -n "$scope" ]] && entry+="**${scope}:** "
  entry+="$(link_prs "$text") (${sha:0:7})"
  if [[ -n "$bang" || "$body" == *"BREAKING CHANGE:"* ]]; then
    BREAKING+="${entry}"$'\n'
  fi
  if [[ -n "${SECTION[$type]:-}" ]]; then
    BUCKET[$type]+="${entry}"$'\n'
  fi
done < <(git log --no-merges --format="%H%x1f%s%x1f%b%x1e" "${FROM}..${TO}" | tr '\036' '\n' | sed '/^$/d')

echo "## [${VERSION}] - ${DATE}"
echo
if [[ -n "$BREAKING" ]]; then
  echo "### ⚠ Breaking changes"
  echo
  printf '%s' "$BREAKING"
  echo
fi
for t in "${ORDER[@]}"; do
  if [[ -n "${BUCKET[$t]:-}" ]]; then
    echo "### ${SECTION[$t]}"
    echo
    printf '%s' "${BUCKET[$t]}"
    echo
  fi
done
