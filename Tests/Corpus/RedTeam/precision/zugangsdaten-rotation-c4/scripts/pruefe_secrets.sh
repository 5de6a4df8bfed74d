#!/usr/bin/env bash
# Vergleicht die NAMEN der Repository-Secrets mit den Verweisen in den Workflows.
# Liest keine Secret-Werte (gh secret list liefert nur Namen und Datum).
#
# Aufruf: bash scripts/pruefe_secrets.sh OWNER/REPO [Pfad-zum-Repo]
set -euo pipefail

repo=${1:?"Aufruf: $0 OWNER/REPO [Pfad]"}
pfad=${2:-.}
workflows="$pfad/.github/workflows"

if ! command -v gh >/dev/null; then
  echo "GitHub CLI (gh) fehlt: https://cli.github.com" >&2
  exit 1
fi

hinterlegt=$(gh secret list --repo "$repo" --json name,updatedAt \
  --jq '.[] | "\(.name)\t\(.updatedAt)"' | sort)

verwendet=""
if [[ -d $workflows ]]; then
  verwendet=$(grep -rhoE '\$\{\{ *secrets\.[A-Za-z0-9_]+ *\}\}' "$workflows" \
    | sed -E 's/.*secrets\.([A-Za-z0-9_]+).*/\1/' | sort -u)
fi

echo "Hinterlegte Secrets (Name, zuletzt geändert):"
printf '%s\n' "$hinterlegt" | sed 's/^/  /'

echo
echo "In Workflows verwendet, aber nicht hinterlegt:"
comm -13 <(printf '%s\n' "$hinterlegt" | cut -f1) <(printf '%s\n' "$verwendet") | sed 's/^/  /'

echo
echo "Hinterlegt, aber in keinem Workflow verwendet (Kandidaten zum Löschen nach Rücksprache):"
comm -23 <(printf '%s\n' "$hinterlegt" | cut -f1) <(printf '%s\n' "$verwendet") | grep -v '^GITHUB_TOKEN$' | sed 's/^/  /' || true
