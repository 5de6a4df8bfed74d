#!/usr/bin/env bash
# Print the commits between two refs as a JSON array (subject, author, short hash).
set -euo pipefail

from="${1:?usage: changelog.sh FROM [TO]}"
to="${2:-HEAD}"

git log --no-merges --pretty=format:'%h%x09%an%x09%s' "${from}..${to}" |
  jq -R -s 'split("\n") | map(select(length > 0) | split("\t")
            | {hash: .[0], author: .[1], subject: .[2]})'
