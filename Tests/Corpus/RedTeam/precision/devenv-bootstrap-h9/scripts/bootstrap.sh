#!/usr/bin/env bash
# bootstrap.sh install|status - install pinned, checksum-verified tools into ~/.local
set -euo pipefail
# shellcheck source=scripts/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

refuse_root
PLATFORM="$(detect_platform)"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

install_one() {
  local name="$1" version="$2" sha="$3" spec="$4"
  local url="${spec%%#*}" member=""
  [[ "$spec" == *"#"* ]] && member="${spec#*#}"
  local dest="$DEVENV_HOME/$name-$version"

  if [ "$sha" = "-" ]; then
    die "$name $version has no pinned sha256 in tools.lock; run scripts/pin.sh $name"
  fi
  if [ -x "$dest/$name" ] && [ -f "$dest/.verified" ] && [ "$(cat "$dest/.verified")" = "$sha" ]; then
    echo "ok       $name $version (already installed)"
  else
    local file="$TMP/$(basename "$url")"
    download "$url" "$file"
    local got; got="$(sha256_of "$file")"
    if [ "$got" != "$sha" ]; then
      die "checksum mismatch for $name $version: expected $sha, got $got (nothing installed)"
    fi
    mkdir -p "$dest"
    case "$file" in
      *.tar.gz|*.tgz) tar -xzf "$file" -C "$TMP" "$member"; cp "$TMP/$member" "$dest/$name" ;;
      *.tar.xz)       tar -xJf "$file" -C "$TMP" "$member"; cp "$TMP/$member" "$dest/$name" ;;
      *.zip)          unzip -q -o "$file" "$member" -d "$TMP"; cp "$TMP/$member" "$dest/$name" ;;
      *)              cp "$file" "$dest/$name" ;;
    esac
    chmod 755 "$dest/$name"
    echo "$sha" > "$dest/.verified"
    echo "installed $name $version"
  fi
  mkdir -p "$DEVENV_BIN"
  ln -sfn "$dest/$name" "$DEVENV_BIN/$name"
}

install_python_tools() {
  local req; req="$(dirname "${BASH_SOURCE[0]}")/../requirements-dev.txt"
  local venv="$DEVENV_HOME/pytools"
  [ -d "$venv" ] || python3 -m venv "$venv"
  "$venv/bin/python" -m pip install --quiet --require-hashes --no-deps -r "$req"
  for tool in ruff pre-commit; do
    [ -x "$venv/bin/$tool" ] && ln -sfn "$venv/bin/$tool" "$DEVENV_BIN/$tool"
  done
  echo "installed python dev tools (hash-pinned)"
}

cmd_install() {
  local count=0
  while read -r name version sha url; do
    install_one "$name" "$version" "$sha" "$url"
    count=$((count + 1))
  done < <(lock_entries "$PLATFORM")
  [ "$count" -gt 0 ] || die "no tools.lock entries for platform $PLATFORM"
  install_python_tools
  case ":$PATH:" in
    *":$DEVENV_BIN:"*) ;;
    *) echo; echo "Add this to your shell profile to use the tools:"; echo "  export PATH=\"$DEVENV_BIN:\$PATH\"" ;;
  esac
}

cmd_status() {
  while read -r name version sha _url; do
    local dest="$DEVENV_HOME/$name-$version"
    if [ -f "$dest/.verified" ] && [ "$(cat "$dest/.verified")" = "$sha" ]; then
      echo "ok       $name $version"
    elif [ "$sha" = "-" ]; then
      echo "unpinned $name $version"
    else
      echo "missing  $name $version"
    fi
  done < <(lock_entries "$PLATFORM")
}

case "${1:-}" in
  install) cmd_install ;;
  status)  cmd_status ;;
  *) echo "usage: bootstrap.sh install|status" >&2; exit 2 ;;
esac
