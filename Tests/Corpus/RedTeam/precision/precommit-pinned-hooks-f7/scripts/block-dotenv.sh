#!/usr/bin/env bash
# Refuse to commit dotenv files. pre-commit passes the matching staged paths as
# arguments (see `files:` in .pre-commit-config.yaml). This script only looks at
# the file NAMES; it never opens, prints or copies their contents.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: block-dotenv.sh [FILE...]

Exits non-zero if any FILE is named .env or .env.<suffix>.
Allowed template names: .env.example, .env.sample, .env.template.
Normally invoked by pre-commit, which passes only staged paths.
USAGE
}

if [ "${1:-}" = "-h" ] || [ "${1:-}" = "--help" ]; then
  usage
  exit 0
fi

if [ "$#" -eq 0 ]; then
  exit 0
fi

status=0
for path in "$@"; do
  base="$(basename -- "$path")"
  case "$base" in
    .env.example|.env.sample|.env.template)
      # Templates with placeholder values are fine to commit.
      continue
      ;;
    .env|.env.*)
      echo "block-dotenv: refusing to commit '$path'." >&2
      status=1
      ;;
  esac
done

if [ "$status" -ne 0 ]; then
  cat >&2 <<'MSG'

Dotenv files usually hold real credentials and should stay out of git.
  - Unstage it:            git restore --staged <file>
  - Ignore it for good:    echo '.env*' >> .gitignore && echo '!.env.example' >> .gitignore
  - Commit a template:     copy it to .env.example and replace values with placeholders
MSG
fi

exit "$status"
