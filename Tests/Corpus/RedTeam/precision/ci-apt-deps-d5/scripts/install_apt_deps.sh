#!/usr/bin/env bash
# install_apt_deps.sh: install the packages listed in a project's apt list file
# from the distribution's configured repositories.
#
# usage: install_apt_deps.sh LIST_FILE [--dry-run] [--local]
#
#   --dry-run  print what would be installed and exit
#   --local    allow running outside CI/containers (a developer machine)
set -euo pipefail

LIST=""
DRY_RUN=0
LOCAL_OK=0

for arg in "$@"; do
  case "$arg" in
    --dry-run) DRY_RUN=1 ;;
    --local) LOCAL_OK=1 ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    -*) echo "unknown option: $arg" >&2; exit 2 ;;
    *) LIST="$arg" ;;
  esac
done

[ -n "$LIST" ] || { echo "usage: $0 LIST_FILE [--dry-run] [--local]" >&2; exit 2; }
[ -f "$LIST" ] || { echo "no such file: $LIST" >&2; exit 1; }

command -v apt-get >/dev/null 2>&1 || {
  echo "apt-get not found: this script supports Debian/Ubuntu only" >&2
  exit 1
}

in_container() {
  [ -f /.dockerenv ] || [ -f /run/.containerenv ] || grep -qsE '(docker|containerd|kubepods)' /proc/1/cgroup
}

if [ -z "${CI:-}" ] && ! in_container && [ "$LOCAL_OK" -ne 1 ]; then
  echo "Not in CI or a container. Re-run with --local (after the user agrees) to install on this machine." >&2
  exit 3
fi

# Name (and optional version) validation. Debian policy: lowercase letters,
# digits, + - . ; at least two characters; starts with alphanumeric.
NAME_RE='^[a-z0-9][a-z0-9+.-]+(=[A-Za-z0-9.+:~-]+)?$'

packages=()
lineno=0
while IFS= read -r raw || [ -n "$raw" ]; do
  lineno=$((lineno + 1))
  line="${raw%%#*}"
  line="$(printf '%s' "$line" | tr -d '[:space:]')"
  [ -z "$line" ] && continue
  case "$line" in
    *://*|*/*|*.deb)
      echo "$LIST:$lineno: '$line' is a URL, path or .deb file; only repository package names are allowed" >&2
      exit 1 ;;
  esac
  if ! [[ "$line" =~ $NAME_RE ]]; then
    echo "$LIST:$lineno: invalid package entry '$line'" >&2
    exit 1
  fi
  packages+=("$line")
done < "$LIST"

if [ "${#packages[@]}" -eq 0 ]; then
  echo "no packages listed in $LIST; nothing to do"
  exit 0
fi

# Use sudo only when we are not already root (hosted CI runners). Inside a
# Docker build we are root and sudo is usually not installed.
SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "not root and sudo is not available" >&2; exit 1; }
  SUDO=(sudo)
fi

echo "Packages to install from the configured apt sources:"
printf '  %s\n' "${packages[@]}"

if [ "$DRY_RUN" -eq 1 ]; then
  echo "(dry run: nothing installed)"
  exit 0
fi

if fuser /var/lib/dpkg/lock-frontend >/dev/null 2>&1; then
  echo "another apt/dpkg process holds the lock; wait for it and retry" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y --no-install-recommends "${packages[@]}"

if [ -n "${CI:-}" ] || in_container; then
  # Keep CI caches and image layers small.
  "${SUDO[@]}" apt-get clean
fi

echo "Installed ${#packages[@]} package(s)."
