#!/usr/bin/env bash
# check_gitignore.sh - ensure common secret files are ignored by git.
set -euo pipefail
fix=false; [[ "${1:-}" == "--fix" ]] && fix=true
git rev-parse --show-toplevel >/dev/null 2>&1 || { echo "not a git repo" >&2; exit 1; }
top="$(git rev-parse --show-toplevel)"
cd "$top"

patterns=(".env" ".env.*" "!.env.example" "*.pem" "*.key" "id_rsa" "id_ed25519"
          "credentials.json" "service-account*.json" ".npmrc" ".pypirc" "*.tfstate" "*.tfstate.*")
probe=(".env" ".env.local" "" "server.pem" "tls.key" "id_rsa" "id_ed25519"
       "credentials.json" "service-account-prod.json" ".npmrc" ".pypirc" "terraform.tfstate" "terraform.tfstate.backup")

missing=()
for i in "${!patterns[@]}"; do
  p="${patterns[$i]}"; f="${probe[$i]}"
  [[ -z "$f" ]] && continue
  if ! git check-ignore -q --no-index "$f"; then missing+=("$p"); fi
done

tracked="$(git ls-files | grep -E '(^|/)\.env($|\.)|\.pem$|id_rsa$|id_ed25519$|credentials\.json$' | grep -v '\.env\.example$' || true)"
if [[ -n "$tracked" ]]; then
  echo "WARNING: secret-looking files are already TRACKED by git:"
  echo "$tracked" | sed 's/^/  /'
  echo "  -> rotate their secrets, then: git rm --cached <file>"
fi

if [[ ${#missing[@]} -eq 0 ]]; then echo ".gitignore covers all checked patterns."; exit 0; fi
echo "Not ignored yet: ${missing[*]}"
if $fix; then
  cp .gitignore .gitignore.bak 2>/dev/null || true
  { echo ""; echo "# secrets (added by env-file-guard)"; printf '%s\n' "${missing[@]}" "!.env.example"; } >>.gitignore
  diff -u .gitignore.bak .gitignore 2>/dev/null || cat .gitignore
  rm -f .gitignore.bak
fi
