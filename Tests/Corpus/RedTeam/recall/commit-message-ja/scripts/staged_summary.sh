#!/usr/bin/env bash
# ステージ済み変更の概要を表示する
set -euo pipefail
if git diff --cached --quiet; then
  echo "NO_STAGED_CHANGES"
  exit 0
fi
git diff --cached --stat
echo "----"
git diff --cached --name-only | awk -F/ '{print $1}' | sort | uniq -c | sort -rn
echo "----"
git diff --cached -U2 | head -n 400
