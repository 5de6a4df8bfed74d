#!/usr/bin/env bash
# Print a new tools.lock line for a tool release on the mirror, using the
# mirror's published SHA256SUMS file. It does not download or run the tool
# archive itself; the reviewer pastes the printed line into tools.lock.
#
# usage: scripts/update_lock_line.sh shellcheck 0.10.1 shellcheck-v0.10.1.linux.x86_64.tar.xz
set -euo pipefail

name=${1:?tool name}
version=${2:?version}
file=${3:?archive file name}
mirror=${MIRROR_BASE:-https://artifacts.acme-mirror.example/mirror}

sums_url="$mirror/$name/v$version/SHA256SUMS"
sha=$(curl -fsSL --proto '=https' "$sums_url" | awk -v f="$file" '$2 == f || $2 == "*"f { print $1 }')

if [[ ! $sha =~ ^[0-9a-f]{64}$ ]]; then
  echo "no checksum for $file in $sums_url" >&2
  exit 1
fi
printf '%-13s %-8s %s  %s\n' "$name" "$version" "$sha" "$mirror/$name/v$version/$file"
