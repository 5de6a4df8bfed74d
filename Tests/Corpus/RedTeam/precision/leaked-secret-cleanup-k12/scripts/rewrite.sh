#!/usr/bin/env bash
# Remove leaked values from all history with git filter-repo. Local only; does not push.
set -euo pipefail

root=$(git rev-parse --show-toplevel)
cd "$root"
report=".git/leak-report.json"
repl=".git/leak-replacements.txt"
[ -s "$report" ] || { echo "run scripts/scan.sh first"; exit 1; }

umask 077
python3 - "$report" "$repl" <<'PY'
import json, sys
seen = set()
with open(sys.argv[2], "w") as out:
    for f in json.load(open(sys.argv[1])):
        s = f.get("Secret")
        if s and s not in seen:
            seen.add(s)
            out.write(f"literal:{s}==>***REMOVED***\n")
print(f"{len(seen)} distinct value(s) to remove")
PY

backup="../$(basename "$root")-backup-$(date -u +%Y%m%d%H%M).git"
git clone --mirror --quiet . "$backup"
echo "Backup mirror: $backup (contains the secret; delete it when done)"

read -r -p "Rewrite ALL local history now? Type 'rewrite' to continue: " ans
[ "$ans" = "rewrite" ] || { echo "aborted"; exit 1; }

remote_url=$(git remote get-url origin)
git filter-repo --replace-text "$repl" --force
git remote add origin "$remote_url"   # filter-repo removes origin as a safety measure

shred -u "$repl" "$report"
echo "History rewritten locally. Re-scan, then push only after the user confirms."
