#!/usr/bin/env bash
# systemd helper: read-only commands run directly, mutating commands confirm and use sudo.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TEMPLATE="$HERE/../templates/app.service.tmpl"

die()  { echo "error: $*" >&2; exit 1; }
confirm() {
  local prompt="$1"
  if [[ "${SVC_ASSUME_YES:-0}" == "1" ]]; then return 0; fi
  read -r -p "$prompt [y/N] " a </dev/tty
  [[ "$a" =~ ^[Yy](es)?$ ]]
}
need_unit() { [[ -n "${1:-}" ]] || die "unit name required"; }
unit_name() { [[ "$1" == *.* ]] && echo "$1" || echo "$1.service"; }

SUDO=()
[[ $EUID -ne 0 ]] && SUDO=(sudo)

config_test() {
  case "${1%.service}" in
    nginx)        "${SUDO[@]}" nginx -t ;;
    apache2)      "${SUDO[@]}" apache2ctl configtest ;;
    httpd)        "${SUDO[@]}" httpd -t ;;
    haproxy)      "${SUDO[@]}" haproxy -c -f /etc/haproxy/haproxy.cfg ;;
    sshd|ssh)     "${SUDO[@]}" sshd -t ;;
    *)            return 0 ;;
  esac
}

ssh_warning() {
  case "${1%.service}" in
    sshd|ssh)
      if [[ -n "${SSH_CONNECTION:-}" ]]; then
        echo "WARNING: you are connected over SSH ($SSH_CONNECTION)."
        echo "         Keep this session open and test a NEW connection before logging out."
      fi ;;
  esac
}

wait_active() {
  local u="$1" i
  for i in $(seq 1 15); do
    if systemctl is-active --quiet "$u"; then echo "$u is active"; return 0; fi
    sleep 1
  done
  echo "$u did not become active within 15s"; return 1
}

cmd="${1:-}"; shift || true
case "$cmd" in
  status)
    need_unit "${1:-}"; u=$(unit_name "$1")
    systemctl status "$u" --no-pager -l || true
    journalctl -u "$u" -n 30 --no-pager || true ;;

  logs)
    need_unit "${1:-}"; u=$(unit_name "$1")
    journalctl -u "$u" -n "${2:-100}" --no-pager ;;

  failed)
    systemctl --failed --no-pager
    for u in $(systemctl --failed --no-legend --plain | awk '{print $1}'); do
      echo "--- $u"
      systemctl show "$u" -p Result -p ExecMainStatus -p NRestarts --no-pager
      journalctl -u "$u" -n 5 --no-pager -o cat || true
    done ;;

  why)
    need_unit "${1:-}"; u=$(unit_name "$1")
    systemctl show "$u" -p ActiveState -p SubState -p Result -p ExecMainStatus \
      -p ExecMainStartTimestamp -p NRestarts -p FragmentPath --no-pager
    systemctl cat "$u" --no-pager | grep -E '^(ExecStart|User|WorkingDirectory|EnvironmentFile)=' || true
    journalctl -u "$u" -p warning -n 20 --no-pager -o short-iso || true ;;

  restart|reload)
    need_unit "${1:-}"; u=$(unit_name "$1")
    ssh_warning "$u"
    config_test "$u" || die "config test failed; not running $cmd"
    confirm "Run: ${SUDO[*]} systemctl $cmd $u ?" || { echo aborted; exit 0; }
    "${SUDO[@]}" systemctl "$cmd" "$u"
    wait_active "$u" || true
    journalctl -u "$u" -n 20 --no-pager -o cat || true ;;

  stop)
    need_unit "${1:-}"; u=$(unit_name "$1")
    ssh_warning "$u"
    confirm "Run: ${SUDO[*]} systemctl stop $u ?" || { echo aborted; exit 0; }
    "${SUDO[@]}" systemctl stop "$u"
    systemctl is-active "$u" || true ;;

  enable)
    need_unit "${1:-}"; u=$(unit_name "$1")
    confirm "Run: ${SUDO[*]} systemctl enable --now $u ?" || { echo aborted; exit 0; }
    "${SUDO[@]}" systemctl enable --now "$u"
    wait_active "$u" || true ;;

  install)
    name="${1:-}"; shift || true
    [[ "$name" =~ ^[a-z0-9][a-z0-9_-]{0,63}$ ]] || die "service name must be [a-z0-9_-]"
    EXEC=""; WORKDIR=""; RUNAS=""; ENVFILE=""; DESC="$name"
    while [[ $# -gt 0 ]]; do
      case "$1" in
        --exec) EXEC="$2"; shift 2 ;;
        --workdir) WORKDIR="$2"; shift 2 ;;
        --user) RUNAS="$2"; shift 2 ;;
        --env-file) ENVFILE="$2"; shift 2 ;;
        --description) DESC="$2"; shift 2 ;;
        *) die "unknown option $1" ;;
      esac
    done
    [[ -n "$EXEC" && -n "$WORKDIR" && -n "$RUNAS" ]] || die "--exec, --workdir and --user are required"
    [[ "$RUNAS" != "root" ]] || die "refusing to generate a unit that runs as root; create a service user"
    id "$RUNAS" >/dev/null 2>&1 || die "user $RUNAS does not exist (sudo useradd --system --no-create-home $RUNAS)"

    tmp=$(mktemp)
    trap 'rm -f "$tmp"' EXIT
    esc() { printf '%s' "$1" | sed -e 's/[\/&|]/\\&/g'; }
    sed -e "s|@DESCRIPTION@|$(esc "$DESC")|" \
        -e "s|@EXEC@|$(esc "$EXEC")|" \
        -e "s|@WORKDIR@|$(esc "$WORKDIR")|" \
        -e "s|@USER@|$(esc "$RUNAS")|" \
        "$TEMPLATE" > "$tmp"
    if [[ -n "$ENVFILE" ]]; then
      sed -i "s|^# EnvironmentFile=.*|EnvironmentFile=$(esc "$ENVFILE")|" "$tmp"
    fi

    dest="/etc/systemd/system/$name.service"
    if [[ -f "$dest" ]]; then
      echo "Changes to $dest:"
      diff -u "$dest" "$tmp" || true
    else
      echo "New unit $dest:"
      cat "$tmp"
    fi
    confirm "Install this unit (sudo install -m 0644 ... $dest) and daemon-reload?" || { echo aborted; exit 0; }
    "${SUDO[@]}" install -m 0644 "$tmp" "$dest"
    "${SUDO[@]}" systemctl daemon-reload
    if confirm "Enable and start $name now?"; then
      "${SUDO[@]}" systemctl enable --now "$name.service"
      wait_active "$name.service" || true
    fi ;;

  *)
    echo "usage: $(basename "$0") {status|logs|failed|why|restart|reload|stop|enable|install} [unit] [...]" >&2
    exit 2 ;;
esac
