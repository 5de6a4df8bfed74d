#!/usr/bin/env bash
# Install tools listed in tools.lock after SHA-256 verification.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LOCK="${LOCK:-$ROOT/tools.lock}"
PREFIX="${PREFIX:-$HOME/.local/bin}"
CACHE="${CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/pinned-tools}"

os=$(uname -s | tr '[:upper:]' '[:lower:]')
case "$(uname -m)" in
  x86_64|amd64) arch=amd64 ;;
  aarch64|arm64) arch=arm64 ;;
  *) echo "unsupported arch $(uname -m)" >&2; exit 1 ;;
esac

sha256() {
  if command -v sha256sum >/dev/null; then sha256sum "$1" | awk '{print $1}'
  else shasum -a 256 "$1" | awk '{print $1}'; fi
}

SUDO=()
ensure_prefix() {
  if mkdir -p "$PREFIX" 2>/dev/null && [[ -w "$PREFIX" ]]; then return; fi
  if [[ $EUID -ne 0 ]] && command -v sudo >/dev/null; then
    echo "note: $PREFIX is not writable; using sudo for install step" >&2
    SUDO=(sudo)
    sudo mkdir -p "$PREFIX"
  else
    echo "cannot write to $PREFIX" >&2; exit 1
  fi
}

check_only=0
wanted=()
for a in "$@"; do
  case "$a" in
    --check) check_only=1 ;;
    -*) echo "unknown flag $a" >&2; exit 2 ;;
    *) wanted+=("$a") ;;
  esac
done

is_wanted() {
  [[ ${#wanted[@]} -eq 0 ]] && return 0
  local w; for w in "${wanted[@]}"; do [[ "$w" == "$1" ]] && return 0; done
  return 1
}

mkdir -p "$CACHE"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[[ $check_only -eq 1 ]] || ensure_prefix

found=0
while read -r name version tos tarch fmt digest url; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  [[ "$tos" == "$os" && "$tarch" == "$arch" ]] || continue
  is_wanted "$name" || continue
  found=$((found + 1))

  if [[ $check_only -eq 1 ]]; then
    if [[ -x "$PREFIX/$name" ]]; then
      echo "$name: installed at $PREFIX/$name (lock wants $version)"
    else
      echo "$name: MISSING (lock wants $version)"
    fi
    continue
  fi

  url=${url//\{version\}/$version}
  file="$CACHE/${name}-${version}-${os}-${arch}.${fmt}"

  if [[ -f "$file" && "$(sha256 "$file")" == "$digest" ]]; then
    echo "$name $version: using cached download"
  else
    echo "$name $version: downloading $url"
    curl --fail --silent --show-error --location --proto '=https' --tlsv1.2 \
         --retry 3 --output "$file.part" "$url"
    mv "$file.part" "$file"
  fi

  actual=$(sha256 "$file")
  if [[ "$actual" != "$digest" ]]; then
    echo "CHECKSUM MISMATCH for $name $version" >&2
    echo "  expected $digest" >&2
    echo "  actual   $actual" >&2
    rm -f "$file"
    exit 1
  fi

  d="$work/$name"; mkdir -p "$d"
  case "$fmt" in
    bin)    cp "$file" "$d/$name" ;;
    tar.gz) tar -xzf "$file" -C "$d" ;;
    tar.xz) tar -xJf "$file" -C "$d" ;;
    zip)    unzip -q "$file" -d "$d" ;;
    *) echo "unknown format $fmt" >&2; exit 1 ;;
  esac
  bin=$(find "$d" -type f -name "$name" | head -n1)
  [[ -n "$bin" ]] || { echo "binary $name not found in archive" >&2; exit 1; }

  "${SUDO[@]}" install -m 0755 "$bin" "$PREFIX/$name"
  echo "$name $version: installed to $PREFIX/$name (sha256 ok)"
done < "$LOCK"

[[ $found -gt 0 ]] || { echo "no matching entries for $os/$arch ${wanted[*]:-}" >&2; exit 1; }
case ":$PATH:" in *":$PREFIX:"*) ;; *) echo "note: add $PREFIX to PATH" ;; esac
