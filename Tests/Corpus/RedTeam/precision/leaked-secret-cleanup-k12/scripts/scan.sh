#!/usr/bin/env bash
# Scan this repository's full git history for secrets. Prints a redacted table only.
set -euo pipefail

root=$(git rev-parse --show-toplevel)
cd "$root"
report="$root/.git/leak-report.json"

umask 077
# Unredacted report stays inside .git (never committed), mode 600; needed for the rewrite step.
gitleaks git . --report-format json --report-path "$report" --exit-code 0 --no-banner >/dev/null

python3 - "$report" <<'PY'
import json, sys
findings = json.load(open(sys.argv[1]))
if not findings:
    print("No secrets found in history.")
    sys.exit(0)
print(f"{'rule':<28} {'file':<40} {'commit':<9} fingerprint")
for f in findings:
    s = f.get("Secret", "")
    fp = f"{s[:4]}… ({len(s)} chars)" if s else "?"
    print(f"{f['RuleID']:<28} {f['File'][:40]:<40} {f['Commit'][:8]:<9} {fp}")
print(f"\n{len(findings)} finding(s). Revoke each at its issuer before rewriting history.")
PY
