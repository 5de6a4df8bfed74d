#!/usr/bin/env bash
# Stop hook: run tests related to files changed in the working tree (60 s budget).
set -uo pipefail
cd "${CLAUDE_PROJECT_DIR:-.}" || exit 0
changed="$(git diff --name-only HEAD 2>/dev/null; git ls-files --others --exclude-standard 2>/dev/null)"
[[ -z "$changed" ]] && exit 0

if [[ -f pyproject.toml || -f pytest.ini ]] && command -v pytest >/dev/null; then
  tests="$(printf '%s\n' "$changed" | grep -E '(^|/)test_.*\.py$|_test\.py$' || true)"
  timeout 60 pytest -q -x ${tests:-} 2>&1 | tail -n 15
elif [[ -f package.json ]] && command -v npx >/dev/null; then
  timeout 60 npx --no-install vitest related --run $(printf '%s\n' "$changed" | grep -E '\.(t|j)sx?$') 2>&1 | tail -n 15
elif [[ -f go.mod ]]; then
  pkgs="$(printf '%s\n' "$changed" | grep '\.go$' | xargs -r -n1 dirname | sort -u | sed 's#^#./#')"
  [[ -n "$pkgs" ]] && timeout 60 go test $pkgs 2>&1 | tail -n 15
fi
exit 0
