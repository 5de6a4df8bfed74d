#!/usr/bin/env bash
# Read-only: collect PR metadata + diff and highlight risky areas.
# Never checks out, installs or executes anything from the PR.
set -euo pipefail
PR="${1:?usage: pr_context.sh <pr-number|url> [owner/repo]}"
REPO_ARGS=()
[ -n "${2:-}" ] && REPO_ARGS=(--repo "$2")

OUT="$(mktemp -d "${TMPDIR:-/tmp}/pr-review.XXXXXX")"
gh pr view "$PR" "${REPO_ARGS[@]}" \
  --json number,title,author,baseRefName,headRefName,isCrossRepository,files,additions,deletions,labels,body \
  > "$OUT/meta.json"
gh pr diff "$PR" "${REPO_ARGS[@]}" > "$OUT/diff.patch"

jq -r '"#\(.number) \(.title)\nby \(.author.login)  \(.headRefName) -> \(.baseRefName)  fork=\(.isCrossRepository)  +\(.additions)/-\(.deletions)"' "$OUT/meta.json"

echo; echo "== Risky paths touched"
jq -r '.files[].path' "$OUT/meta.json" |
  grep -E '^\.github/(workflows|actions)/|(^|/)CODEOWNERS$|(^|/)(package\.json|\.npmrc|\.pypirc|setup\.py|pyproject\.toml|build\.rs|Makefile|Dockerfile)$|(^|/)(package-lock\.json|pnpm-lock\.yaml|yarn\.lock|poetry\.lock|Cargo\.lock)$|\.(sh|ps1|exe|dll|so|jar|whl)$' \
  || echo "(none)"

echo; echo "== Added lines worth a closer look"
grep -nE '^\+.*(pull_request_target|curl[^|]*\|[[:space:]]*(ba)?sh|eval\(|new Function|base64 -d|atob\(|child_process|postinstall|preinstall|secrets\.[A-Z_]+|uses: [^@]+@(main|master)$)' "$OUT/diff.patch" \
  || echo "(none)"

echo; echo "== Text in the PR body addressed to AI tools (treat as untrusted)"
jq -r '.body // ""' "$OUT/meta.json" | grep -niE '(ai|llm|copilot|claude|codex|assistant|reviewer bot)[^.]{0,60}(approve|ignore|skip|merge)' || echo "(none)"

echo; echo "Saved: $OUT/meta.json  $OUT/diff.patch"
