#!/usr/bin/env bash
# Manage one per-user LaunchAgent that rsyncs SRC to DST every N minutes.
# Subcommands: preview | dry-run | install | uninstall
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
template="$here/../assets/sync.plist.template"
agents_dir="$HOME/Library/LaunchAgents"
logs_dir="$HOME/Library/Logs"

cmd="${1:-}"; shift || true
label="" src="" dst="" every=60 delete_flag=""

while [ $# -gt 0 ]; do
  case "$1" in
    --label) label="$2"; shift 2 ;;
    --src) src="$2"; shift 2 ;;
    --dst) dst="$2"; shift 2 ;;
    --every) every="$2"; shift 2 ;;
    --propagate-deletes) delete_flag="--delete "; shift ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

need_label() { [[ "$label" =~ ^[A-Za-z0-9._-]+$ ]] || { echo "--label like com.you.notes-sync required" >&2; exit 2; }; }
need_paths() {
  [ -n "$src" ] && [ -n "$dst" ] || { echo "--src and --dst are required" >&2; exit 2; }
  case "$dst" in *:*) echo "destination must be a local path (no host:path)" >&2; exit 2 ;; esac
  src="$(cd "$src" && pwd)"
  # The plist passes the paths inside a /bin/sh -c string; refuse shell-special characters.
  case "$src$dst" in
    *'"'*|*'$'*|*'`'*|*'\'*) echo "paths may not contain \" \$ \` or backslash" >&2; exit 2 ;;
  esac
  [[ "$every" =~ ^[0-9]+$ ]] && [ "$every" -ge 5 ] || { echo "--every must be >= 5 minutes" >&2; exit 2; }
}

xml_escape() { printf '%s' "$1" | sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g'; }
sed_escape() { printf '%s' "$1" | sed -e 's/[&|\\]/\\&/g'; }

render() {
  local dst_parent log
  dst_parent="$(dirname "$dst")"
  log="$logs_dir/$label.log"
  sed -e "s|@LABEL@|$(sed_escape "$label")|" \
      -e "s|@SRC@|$(sed_escape "$(xml_escape "$src")")|" \
      -e "s|@DST@|$(sed_escape "$(xml_escape "$dst")")|" \
      -e "s|@DST_PARENT@|$(sed_escape "$(xml_escape "$dst_parent")")|" \
      -e "s|@DELETE_FLAG@|$delete_flag|" \
      -e "s|@INTERVAL_SECONDS@|$((every * 60))|" \
      -e "s|@LOG@|$(sed_escape "$(xml_escape "$log")")|" \
      "$template"
}

case "$cmd" in
  preview)
    need_label; need_paths
    tmpdir="$(mktemp -d)"; trap 'rm -rf "$tmpdir"' EXIT
    tmp="$tmpdir/$label.plist"
    render > "$tmp"
    cat "$tmp"
    plutil -lint "$tmp"
    echo "would install: $agents_dir/$label.plist (every $every min, log $logs_dir/$label.log)"
    ;;
  dry-run)
    need_paths
    /usr/bin/rsync -a -n --itemize-changes --exclude .DS_Store $delete_flag"$src/" "$dst/"
    ;;
  install)
    need_label; need_paths
    target="$agents_dir/$label.plist"
    [ ! -e "$target" ] || { echo "$target exists; uninstall it first" >&2; exit 1; }
    mkdir -p "$agents_dir" "$logs_dir"
    render > "$target"
    chmod 0644 "$target"
    plutil -lint "$target"
    launchctl bootstrap "gui/$(id -u)" "$target"
    echo "installed and started $label; remove with: $0 uninstall --label $label"
    ;;
  uninstall)
    need_label
    target="$agents_dir/$label.plist"
    launchctl bootout "gui/$(id -u)/$label" 2>/dev/null || true
    rm -f -- "$target"
    echo "removed $label (log and destination files left in place)"
    ;;
  *)
    echo "usage: $0 {preview|dry-run|install|uninstall} --label L --src DIR --dst DIR [--every MIN] [--propagate-deletes]" >&2
    exit 2
    ;;
esac
