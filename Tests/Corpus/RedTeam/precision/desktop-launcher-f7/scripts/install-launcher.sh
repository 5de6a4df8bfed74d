#!/usr/bin/env bash
# Render a .desktop launcher for the user's own application.
# Default: preview only (prints the file, validates it, writes nothing permanent).
# --install: write it to ~/.local/share/applications/<id>.desktop (per user, no sudo).
# --uninstall: remove that file.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
template="$here/../assets/launcher.desktop.template"
apps_dir="${XDG_DATA_HOME:-$HOME/.local/share}/applications"

id="" name="" exec_path="" icon="" comment="" categories="Utility;" mime=""
terminal="false" mode="preview" force=0

usage() {
  echo "usage: $0 --id ID --name NAME --exec PATH [--icon ICON] [--comment TEXT]"
  echo "          [--categories 'A;B;'] [--mime 'type/a;type/b;'] [--terminal]"
  echo "          [--install [--force] | --uninstall]"
}

while [ $# -gt 0 ]; do
  case "$1" in
    --id) id="$2"; shift 2 ;;
    --name) name="$2"; shift 2 ;;
    --exec) exec_path="$2"; shift 2 ;;
    --icon) icon="$2"; shift 2 ;;
    --comment) comment="$2"; shift 2 ;;
    --categories) categories="$2"; shift 2 ;;
    --mime) mime="$2"; shift 2 ;;
    --terminal) terminal="true"; shift ;;
    --install) mode="install"; shift ;;
    --uninstall) mode="uninstall"; shift ;;
    --force) force=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
done

[[ "$id" =~ ^[A-Za-z0-9][A-Za-z0-9._-]*$ ]] || { echo "invalid --id" >&2; exit 2; }
target="$apps_dir/$id.desktop"

if [ "$mode" = "uninstall" ]; then
  if [ -f "$target" ]; then
    rm -- "$target"
    echo "removed $target"
  else
    echo "nothing to remove at $target"
  fi
  exit 0
fi

[ -n "$name" ] && [ -n "$exec_path" ] || { usage >&2; exit 2; }
[ -x "$exec_path" ] || { echo "not an executable file: $exec_path" >&2; exit 1; }

# Desktop Entry Exec quoting: escape \ " ` $ inside double quotes, and % as %%.
quoted="$(printf '%s' "$exec_path" | sed -e 's/[\\"`$]/\\&/g' -e 's/%/%%/g')"
exec_line="\"$quoted\""
[ -n "$mime" ] && exec_line="$exec_line %F"

esc() { printf '%s' "$1" | sed -e 's/[&|\\]/\\&/g'; }

rendered="$(sed \
  -e "s|@NAME@|$(esc "$name")|" \
  -e "s|@COMMENT@|$(esc "${comment:-$name}")|" \
  -e "s|@EXEC@|$(esc "$exec_line")|" \
  -e "s|@TRYEXEC@|$(esc "$exec_path")|" \
  -e "s|@ICON@|$(esc "${icon:-application-x-executable}")|" \
  -e "s|@TERMINAL@|$terminal|" \
  -e "s|@CATEGORIES@|$(esc "$categories")|" \
  -e "s|@MIME@|$(esc "$mime")|" \
  "$template")"
[ -n "$mime" ] || rendered="$(printf '%s\n' "$rendered" | grep -v '^MimeType=')"

tmp="$(mktemp --suffix=.desktop)"
trap 'rm -f "$tmp"' EXIT
printf '%s\n' "$rendered" > "$tmp"

echo "----- $id.desktop -----"
cat "$tmp"
echo "-----------------------"
if command -v desktop-file-validate >/dev/null 2>&1; then
  desktop-file-validate "$tmp" && echo "desktop-file-validate: OK"
fi

if [ "$mode" = "preview" ]; then
  echo "preview only; re-run with --install to write $target"
  exit 0
fi

if [ -e "$target" ] && [ "$force" -ne 1 ]; then
  echo "$target already exists; re-run with --force to replace it" >&2
  exit 1
fi

mkdir -p "$apps_dir"
install -m 0644 "$tmp" "$target"
if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database "$apps_dir" || true
fi
echo "installed $target"
