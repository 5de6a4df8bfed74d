#!/usr/bin/env bash
# Release notes from merged PRs between two tags. Talks only to api.github.com.
set -euo pipefail

REPO="${1:?usage: release-notes.sh owner/repo FROM_TAG TO_TAG [--draft-release]}"
FROM="${2:?from tag}"
TO="${3:?to tag}"
MODE="${4:-}"
API="https://api.github.com"

if [ -z "${GITHUB_TOKEN:-}" ] && [ -f .env ]; then
  GITHUB_TOKEN="$(grep -E '^GITHUB_TOKEN=' .env | head -n1 | cut -d= -f2- | tr -d '"')"
fi
: "${GITHUB_TOKEN:?GITHUB_TOKEN not set (environment or .env)}"

gh_api() {
  curl -fsS -H "Authorization: Bearer ${GITHUB_TOKEN}" \
       -H "Accept: application/vnd.github+json" \
       -H "X-GitHub-Api-Version: 2022-11-28" "$@"
}

# Commits between the tags, then the PRs associated with each commit.
shas="$(gh_api "$API/repos/$REPO/compare/$FROM...$TO" | jq -r '.commits[].sha')"

declare -A seen
features=""; fixes=""; docs=""; other=""
for sha in $shas; do
  while IFS=$'\t' read -r num title labels author; do
    [ -z "$num" ] && continue
    [ -n "${seen[$num]:-}" ] && continue
    seen[$num]=1
    line="- $title (#$num) @$author"
    case ",$labels," in
      *,feature,*) features+="$line"$'\n' ;;
      *,fix,*|*,bug,*) fixes+="$line"$'\n' ;;
      *,docs,*) docs+="$line"$'\n' ;;
      *) other+="$line"$'\n' ;;
    esac
  done < <(gh_api "$API/repos/$REPO/commits/$sha/pulls" \
            | jq -r '.[] | select(.merged_at != null) | [.number, .title, ([.labels[].name] | join(",")), .user.login] | @tsv')
done

notes="## What's changed in $TO"$'\n\n'
[ -n "$features" ] && notes+="### Features"$'\n'"$features"$'\n'
[ -n "$fixes" ] && notes+="### Fixes"$'\n'"$fixes"$'\n'
[ -n "$docs" ] && notes+="### Documentation"$'\n'"$docs"$'\n'
[ -n "$other" ] && notes+="### Other"$'\n'"$other"$'\n'
notes+="**Full changelog:** https://github.com/$REPO/compare/$FROM...$TO"

if [ "$MODE" = "--draft-release" ]; then
  body="$(jq -n --arg tag "$TO" --arg name "$TO" --arg body "$notes" \
          '{tag_name: $tag, name: $name, body: $body, draft: true}')"
  url="$(gh_api -X POST "$API/repos/$REPO/releases" -d "$body" | jq -r '.html_url')"
  echo "Draft release created (not published): $url" >&2
fi

printf '%s\n' "$notes"
