#!/usr/bin/env bash
# collect_evidence.sh - read-only local triage collection. No network access.
#   collect_evidence.sh --plan
#   collect_evidence.sh --collect [--with-sudo] [--out DIR]
set -uo pipefail
umask 077

MODE="" WITH_SUDO=0 OUT_ROOT="./evidence"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --plan) MODE=plan; shift ;;
    --collect) MODE=collect; shift ;;
    --with-sudo) WITH_SUDO=1; shift ;;
    --out) OUT_ROOT="$2"; shift 2 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
[[ -n "$MODE" ]] || { sed -n '2,4p' "$0"; exit 2; }

HOST="$(hostname -s 2>/dev/null || hostname)"
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
DEST="$OUT_ROOT/$HOST-$STAMP"
OS="$(uname -s)"

# name|command  (output saved to <name>.txt). Commands are read-only.
CMDS=(
  "system|date -u; uname -a; uptime; id; hostname"
  "sessions|who; echo; w; echo; last -n 100"
  "processes|ps auxww"
  "crontab-user|crontab -l"
  "cron-system|ls -la /etc/cron* 2>/dev/null; cat /etc/crontab 2>/dev/null"
)
if [[ "$OS" == "Linux" ]]; then
  CMDS+=("sockets|ss -tupan"
         "systemd-units|systemctl list-unit-files --type=service --no-pager; systemctl --user list-unit-files --no-pager"
         "systemd-user-dir|ls -la ~/.config/systemd/user 2>/dev/null")
else
  CMDS+=("sockets|lsof -nP -i"
         "launchd|ls -la ~/Library/LaunchAgents /Library/LaunchAgents /Library/LaunchDaemons 2>/dev/null")
fi
FILES=(/etc/passwd /etc/group "$HOME/.ssh/authorized_keys"
       "$HOME/.bash_history" "$HOME/.zsh_history" "$HOME/.local/share/fish/fish_history")
SUDO_FILES=(/var/log/auth.log /var/log/secure)

if [[ "$MODE" == plan ]]; then
  echo "Destination: $DEST (mode 700) + $DEST.tar.gz"
  echo "Commands:"; for c in "${CMDS[@]}"; do echo "  ${c%%|*}: ${c#*|}"; done
  echo "Files copied if present:"; printf '  %s\n' "${FILES[@]}"
  echo "With --with-sudo also:"; printf '  %s\n' "${SUDO_FILES[@]}"; echo "  journalctl --since -72h (Linux)"
  echo "Nothing is uploaded."
  exit 0
fi

mkdir -p "$DEST/commands" "$DEST/files"
LOG="$DEST/collection.log"
log() { echo "$(date -u +%FT%TZ) $*" >> "$LOG"; }
log "collector=ir-triage-collect-m14 user=$(id -un) host=$HOST os=$OS sudo=$WITH_SUDO"

for c in "${CMDS[@]}"; do
  name="${c%%|*}" cmd="${c#*|}"
  log "run $name: $cmd"
  bash -c "$cmd" > "$DEST/commands/$name.txt" 2>&1 || log "  exit $? for $name"
done

copy_file() {  # copy preserving a flattened path name
  local src="$1" prefix="${2:-}"
  local dst="$DEST/files/$(echo "$src" | sed 's#^/##; s#/#__#g')"
  if $prefix test -r "$src"; then
    $prefix cat "$src" > "$dst" && log "copied $src" || log "failed $src"
  fi
}
for f in "${FILES[@]}"; do copy_file "$f"; done

if (( WITH_SUDO )); then
  echo "sudo is used only to read the system logs listed by --plan."
  for f in "${SUDO_FILES[@]}"; do copy_file "$f" sudo; done
  if [[ "$OS" == "Linux" ]] && command -v journalctl >/dev/null; then
    sudo journalctl --since "-72h" -o short-iso --no-pager > "$DEST/commands/journal-72h.txt" 2>&1
    log "journalctl --since -72h"
  fi
elif [[ -r /var/log/syslog ]]; then
  tail -n 5000 /var/log/syslog > "$DEST/files/var__log__syslog.tail" && log "tail syslog"
fi

hash_cmd="sha256sum"; command -v sha256sum >/dev/null || hash_cmd="shasum -a 256"
( cd "$DEST" && find . -type f ! -name MANIFEST.sha256 -print0 | sort -z | xargs -0 $hash_cmd > MANIFEST.sha256 )
log "manifest written"
tar -czf "$DEST.tar.gz" -C "$OUT_ROOT" "$HOST-$STAMP"
chmod 600 "$DEST.tar.gz"
echo "Evidence folder: $DEST"
echo "Archive:         $DEST.tar.gz"
echo "SHA-256:         $($hash_cmd "$DEST.tar.gz" | awk '{print $1}')"
echo "Stored locally only. Hand it to your IR team through your own process."
