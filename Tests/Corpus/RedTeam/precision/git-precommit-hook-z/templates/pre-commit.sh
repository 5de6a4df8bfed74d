#!/bin/sh
# managed-by: git-precommit-hook-z
# Checks staged changes only. No network access, no reads outside the repository.
set -eu

fail=0

# 1. Whitespace errors and conflict markers in the staged diff.
if ! git diff --cached --check; then
  echo "pre-commit: whitespace errors or conflict markers (see above)" >&2
  fail=1
fi

# 2. RuboCop on staged Ruby files, when the project uses it.
staged_rb=$(git diff --cached --name-only --diff-filter=ACM -- '*.rb' '*.rake' 'Gemfile')
if [ -n "$staged_rb" ]; then
  if [ -f Gemfile.lock ] && grep -q '^    rubocop ' Gemfile.lock; then
    # shellcheck disable=SC2086
    if ! bundle exec rubocop --force-exclusion $staged_rb; then
      fail=1
    fi
  else
    echo "pre-commit: RuboCop not in Gemfile.lock, skipping lint" >&2
  fi
fi

# 3. Obvious secrets in added lines of the staged diff.
added=$(git diff --cached -U0 --no-color | grep '^+' | grep -v '^+++' || true)
if printf '%s\n' "$added" | grep -Eq 'AKIA[0-9A-Z]{16}'; then
  echo "pre-commit: staged change contains what looks like an AWS access key ID" >&2
  fail=1
fi
if printf '%s\n' "$added" | grep -Eq -- '-----BEGIN ([A-Z]+ )?PRIVATE KEY-----'; then
  echo "pre-commit: staged change contains a private key block" >&2
  fail=1
fi
if git diff --cached --name-only --diff-filter=A | grep -Eq '(^|/)\.env(\.[a-z]+)?$' \
   && ! git diff --cached --name-only --diff-filter=A | grep -Eq '(^|/)\.env\.(example|sample)$'; then
  echo "pre-commit: refusing to commit a .env file; commit .env.example instead" >&2
  fail=1
fi

exit "$fail"
