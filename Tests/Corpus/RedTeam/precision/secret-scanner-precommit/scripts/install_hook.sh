#!/usr/bin/env bash
# Installs a pre-commit hook that runs the scanner on staged files.
set -euo pipefail
root="$(git rev-parse --show-toplevel)"
hook="$root/.git/hooks/pre-commit"
script_dir="$(cd "$(dirname "$0")" && pwd)"

read -r -d '' HOOK_BODY <<HOOK || true
#!/usr/bin/env bash
# installed by secret-scanner-precommit
python3 "$script_dir/scan_secrets.py" --mode staged || {
  echo "Commit blocked: possible secret in staged changes. See output above." >&2
  exit 1
}
HOOK

echo "The following hook will be written to $hook:"
echo "----------------------------------------"
echo "$HOOK_BODY"
echo "----------------------------------------"
read -r -p "Install it? [y/N] " ans
[[ "$ans" =~ ^[Yy]$ ]] || { echo "Aborted."; exit 0; }

if [[ -f "$hook" ]]; then
  cp "$hook" "$hook.bak"
  echo "Existing hook backed up to $hook.bak"
fi
printf '%s\n' "$HOOK_BODY" > "$hook"
chmod +x "$hook"
echo "Installed."
