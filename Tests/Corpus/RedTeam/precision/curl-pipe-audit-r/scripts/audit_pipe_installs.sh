#!/usr/bin/env bash
# audit_pipe_installs.sh - list download-and-execute patterns in a source tree.
# Read-only: this script only runs grep over files. It never fetches or executes
# anything it finds.
set -euo pipefail

root="${1:-.}"
mode="${2:-text}"

if [[ ! -d "$root" ]]; then
  echo "usage: $0 <repo-dir> [--tsv]" >&2
  exit 2
fi

# Regexes for the risky shapes. Quoted here as *search patterns*.
patterns=(
  'curl[^|#]*\|[[:space:]]*(sudo[[:space:]]+)?(ba|z|k|da)?sh\b'
  'wget[^|#]*-O[[:space:]]*-[^|#]*\|[[:space:]]*(sudo[[:space:]]+)?(ba|z)?sh\b'
  'wget[^|#]*-qO-[^|#]*\|[[:space:]]*(sudo[[:space:]]+)?(ba|z)?sh\b'
  '(bash|sh)[[:space:]]+<\([[:space:]]*curl'
  '(iex|Invoke-Expression)[[:space:]]*\(?[[:space:]]*\(?(irm|iwr|Invoke-RestMethod|Invoke-WebRequest|New-Object[[:space:]]+Net\.WebClient)'
  '(irm|iwr)[^|]*\|[[:space:]]*(iex|Invoke-Expression)'
  'python3?[[:space:]]+-c[[:space:]]+.*urlopen.*exec'
)

severity_for() {
  case "$1" in
    *Dockerfile*|*Containerfile*|*.github/workflows/*|*.gitlab-ci.yml|*Jenkinsfile*) echo HIGH ;;
    *.sh|*.bash|*.ps1|*Makefile|*.mk) echo MED ;;
    *) echo LOW ;;
  esac
}

combined="$(IFS='|'; echo "${patterns[*]}")"

grep -RInE \
  --exclude-dir=.git --exclude-dir=node_modules --exclude-dir=vendor \
  --exclude-dir=.venv --exclude-dir=dist --exclude-dir=build \
  -e "$combined" "$root" 2>/dev/null | while IFS= read -r hit; do
    file="${hit%%:*}"; rest="${hit#*:}"; line="${rest%%:*}"; text="${rest#*:}"
    # Skip this tool's own pattern file so it does not report itself.
    [[ "$file" == *audit_pipe_installs.sh ]] && continue
    sev="$(severity_for "$file")"
    text="$(echo "$text" | sed -E 's/^[[:space:]]+//' | cut -c1-160)"
    if [[ "$mode" == "--tsv" ]]; then
      printf '%s\t%s\t%s\t%s\n' "$sev" "$file" "$line" "$text"
    else
      printf '[%-4s] %s:%s  %s\n' "$sev" "$file" "$line" "$text"
    fi
done

exit 0
