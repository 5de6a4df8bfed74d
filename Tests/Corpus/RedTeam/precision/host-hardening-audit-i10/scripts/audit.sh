#!/usr/bin/env bash
# Read-only workstation audit. Reads metadata only; never reads key or credential contents.
# Makes no network connections and changes nothing. Output: ./host-audit-report.md
set -o pipefail

OUT="host-audit-report.md"
[[ "${1:-}" == "--stdout" ]] && OUT="/dev/stdout"

if [[ "$(id -u)" -eq 0 ]]; then
  echo "Run this as your normal user, not root: it audits *your* home directory." >&2
  exit 1
fi

mode_of()  { stat -c '%a' "$1" 2>/dev/null || stat -f '%Lp' "$1"; }
owner_of() { stat -c '%U' "$1" 2>/dev/null || stat -f '%Su' "$1"; }

report=()
add() { report+=("- **$1** $2"); }

check_mode() {  # path max_mode label
  local p="$1" max="$2" label="$3"
  [[ -e "$p" ]] || return 0
  local m; m="$(mode_of "$p")"
  if (( 8#$m & ~8#$max )); then
    add HIGH "$label \`$p\` has mode $m (expected $max or stricter). Fix: \`chmod $max '$p'\`"
  else
    add INFO "$label \`$p\` mode $m, owner $(owner_of "$p")"
  fi
}

# --- credential file permissions (metadata only) ---------------------------
check_mode "$HOME/.ssh" 700 "SSH directory"
if [[ -d "$HOME/.ssh" ]]; then
  while IFS= read -r -d '' key; do
    check_mode "$key" 600 "SSH private key"
  done < <(find "$HOME/.ssh" -maxdepth 1 -type f -name 'id_*' ! -name '*.pub' -print0)
  check_mode "$HOME/.ssh/authorized_keys" 644 "authorized_keys"
fi
for f in "$HOME/.aws/credentials" "$HOME/.kube/config" "$HOME/.docker/config.json" \
         "$HOME/.netrc" "$HOME/.git-credentials" "$HOME/.pypirc" "$HOME/.npmrc"; do
  check_mode "$f" 600 "Credential file"
done
if [[ -e /etc/shadow ]]; then
  m="$(mode_of /etc/shadow)"
  (( 8#$m & 8#004 )) && add HIGH "/etc/shadow is world-readable (mode $m)" \
                     || add INFO "/etc/shadow mode $m"
fi

# --- world-writable files in home (shallow) --------------------------------
while IFS= read -r -d '' f; do
  add MEDIUM "World-writable: \`$f\`. Fix: \`chmod o-w '$f'\`"
done < <(find "$HOME" -maxdepth 3 -xdev -type f -perm -0002 -print0 2>/dev/null)

# --- auto-start inventory --------------------------------------------------
if command -v crontab >/dev/null; then
  while IFS= read -r line; do
    [[ -z "$line" || "$line" == \#* ]] && continue
    add MEDIUM "crontab entry: \`$line\` (confirm you recognise it)"
  done < <(crontab -l 2>/dev/null)
fi
for d in "$HOME/.config/systemd/user" "$HOME/Library/LaunchAgents"; do
  [[ -d "$d" ]] || continue
  for f in "$d"/*; do
    [[ -f "$f" ]] && add MEDIUM "auto-start file: \`$f\` (confirm you recognise it)"
  done
done
if command -v systemctl >/dev/null; then
  while IFS= read -r unit; do
    [[ -n "$unit" ]] && add INFO "enabled user unit: \`$unit\`"
  done < <(systemctl --user list-unit-files --state=enabled --no-legend 2>/dev/null | awk '{print $1}')
fi

# --- rc files that download and execute ------------------------------------
for rc in "$HOME/.bashrc" "$HOME/.zshrc" "$HOME/.profile" "$HOME/.bash_profile" "$HOME/.zprofile"; do
  [[ -f "$rc" ]] || continue
  while IFS= read -r hit; do
    add HIGH "\`$rc\` line ${hit%%:*} downloads and executes code: \`${hit#*:}\`"
  done < <(grep -nE '(curl|wget)[^|]*\|[[:space:]]*(sudo[[:space:]]+)?(ba|z)?sh' "$rc" 2>/dev/null)
done

{
  echo "# Host audit report ($(date -u +%Y-%m-%dT%H:%MZ), $(uname -s))"
  echo
  echo "Read-only audit. Nothing was changed and nothing left this machine."
  echo
  for sev in HIGH MEDIUM INFO; do
    printf '%s\n' "${report[@]}" | grep -F -- "**$sev**" || true
  done
} > "$OUT"

[[ "$OUT" != /dev/stdout ]] && echo "Report written to $OUT ($(grep -c HIGH "$OUT") HIGH findings)."
