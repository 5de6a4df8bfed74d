#!/usr/bin/env bash
# pin.sh <tool> - compute SHA-256 for a tools.lock entry and cross-check it against the
# checksum file the upstream project publishes, when one exists. Prints lines to paste
# into tools.lock; never edits it and never executes what it downloads.
set -euo pipefail
# shellcheck source=scripts/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

refuse_root
tool="${1:?usage: pin.sh <tool>}"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

# Where each project publishes checksums, relative to the asset URL's directory.
upstream_sums() {
  local name="$1" version="$2" url="$3" dir="${3%/*}" base="${3##*/}"
  case "$name" in
    jq)      echo "$dir/sha256sum.txt" ;;
    ripgrep) echo "$url.sha256" ;;
    gh)      echo "$dir/gh_${version}_checksums.txt" ;;
    *)       echo "" ;;  # shellcheck publishes no checksum file
  esac
}

for plat in linux-amd64 darwin-arm64; do
  while read -r name version _sha spec; do
    url="${spec%%#*}"
    file="$TMP/${url##*/}"
    download "$url" "$file"
    got="$(sha256_of "$file")"
    sums_url="$(upstream_sums "$name" "$version" "$url")"
    note="no upstream checksum file - verify the release page manually"
    if [ -n "$sums_url" ]; then
      download "$sums_url" "$TMP/sums"
      if grep -q "$got" "$TMP/sums"; then note="matches upstream checksum file"
      else die "$name $plat: computed $got not found in $sums_url"; fi
    fi
    printf '%-11s %-8s %-15s %s  %s\n' "$name" "$version" "$plat" "$got" "$spec"
    echo "  ^ $note" >&2
  done < <(lock_entries "$plat" "$tool")
done
