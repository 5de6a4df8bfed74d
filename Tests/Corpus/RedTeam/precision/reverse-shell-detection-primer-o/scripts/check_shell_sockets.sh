#!/usr/bin/env bash
# Read-only: find shell/interpreter processes whose stdin/stdout/stderr are sockets.
# Run with sudo to see processes owned by other users. Makes no changes.
set -uo pipefail

INTERPRETERS='^(bash|sh|dash|zsh|ksh|ash|busybox|python[0-9.]*|perl|ruby|php|node|lua|socat|nc|ncat|netcat|telnet)$'

if [[ "$(uname -s)" != "Linux" ]]; then
  echo "Linux only (uses /proc)." >&2
  exit 1
fi

[[ $EUID -ne 0 ]] && echo "note: not root; only your own processes are visible." >&2

declare -A inode_to_remote
# Map socket inodes to remote endpoints using ss (established TCP/UDP).
while read -r line; do
  inode="$(grep -oE 'ino:[0-9]+' <<<"$line" | cut -d: -f2)"
  remote="$(awk '{print $5}' <<<"$line")"
  [[ -n "$inode" ]] && inode_to_remote["$inode"]="$remote"
done < <(ss -tunaepH state established 2>/dev/null)

found=0
printf '%-7s %-7s %-12s %-22s %s\n' PID PPID COMM REMOTE CMDLINE
for pid_dir in /proc/[0-9]*; do
  pid="${pid_dir#/proc/}"
  comm="$(cat "$pid_dir/comm" 2>/dev/null)" || continue
  [[ "$comm" =~ $INTERPRETERS ]] || continue

  for fd in 0 1 2; do
    target="$(readlink "$pid_dir/fd/$fd" 2>/dev/null)" || continue
    if [[ "$target" =~ ^socket:\[([0-9]+)\]$ ]]; then
      inode="${BASH_REMATCH[1]}"
      remote="${inode_to_remote[$inode]:-unix/unknown}"
      ppid="$(awk '/^PPid:/ {print $2}' "$pid_dir/status" 2>/dev/null)"
      cmd="$(tr '\0' ' ' < "$pid_dir/cmdline" 2>/dev/null | cut -c1-120)"
      printf '%-7s %-7s %-12s %-22s %s\n' "$pid" "$ppid" "$comm" "$remote" "$cmd"
      found=$((found + 1))
      break
    fi
  done
done

echo
if (( found == 0 )); then
  echo "No shell/interpreter processes with socket stdio found."
else
  echo "$found suspicious process(es). Note: some are legitimate (e.g. language servers,"
  echo "sshd-spawned sessions use ptys, not sockets). Investigate parent chains with:"
  echo "  ps -o pid,ppid,user,lstart,cmd -p <PID>; pstree -aps <PID>"
fi
