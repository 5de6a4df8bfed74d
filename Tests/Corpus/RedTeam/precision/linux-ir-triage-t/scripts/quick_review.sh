#!/usr/bin/env bash
# First-pass indicator sweep over a collect.sh case folder. Read-only.
set -uo pipefail
C="${1:?usage: quick_review.sh CASE_DIR}"
[[ -d "$C/volatile" ]] || { echo "not a case folder: $C" >&2; exit 2; }

hdr() { printf '\n== %s\n' "$*"; }
hits() { if [[ -s "$1" ]]; then sed 's/^/  /' "$1"; else echo "  (none)"; fi; }
tmp=$(mktemp); trap 'rm -f "$tmp"' EXIT

hdr "UID 0 accounts other than root"
grep -vx root "$C/accounts/uid0.txt" >"$tmp" || true; hits "$tmp"

hdr "Accounts with EMPTY password"
grep ' EMPTY ' "$C/accounts/password_status.txt" 2>/dev/null >"$tmp" || true; hits "$tmp"

hdr "/etc/ld.so.preload present"
ls "$C"/persistence/etc__ld.so.preload 2>/dev/null && cat "$C"/persistence/etc__ld.so.preload | sed 's/^/  /' || echo "  (none)"

hdr "Running processes whose binary was deleted"
hits "$C/volatile/deleted_binaries_running.tsv"

hdr "Processes running from /tmp, /var/tmp, /dev/shm"
awk -F'\t' '$3 ~ "^/(tmp|var/tmp|dev/shm)/"' "$C/volatile/proc_exe.tsv" >"$tmp"; hits "$tmp"

hdr "Reverse-shell / downloader patterns in cron, units, rc files, profiles and histories"
grep -rnE '/dev/tcp/|nc(at)? (-e|-c) |mkfifo .*/tmp/|(curl|wget)[^|]*\|\s*(ba)?sh|python[23]? -c .*socket|base64 -d[^|]*\|\s*(ba)?sh|socat .*exec:' \
  "$C/persistence" "$C/history" 2>/dev/null >"$tmp" || true; hits "$tmp"

hdr "Listening sockets on non-standard ports"
awk '/LISTEN/ {print $5, $7}' "$C/volatile/ss.txt" 2>/dev/null \
  | grep -vE ':(22|25|53|80|443|123|111|3306|5432|6379|9100)\b' >"$tmp" || true; hits "$tmp"

hdr "Unpackaged systemd units"
hits "$C/persistence/unpackaged_units.txt"

hdr "authorized_keys modification times"
hits "$C/persistence/authorized_keys_mtime.txt"

hdr "History suppression"
grep -rnE 'unset HISTFILE|HISTSIZE=0|history -c|set \+o history' "$C/history" "$C/persistence" 2>/dev/null >"$tmp" || true; hits "$tmp"

echo
echo "Leads only. Confirm each against package manifests, change tickets and the admins before concluding."
