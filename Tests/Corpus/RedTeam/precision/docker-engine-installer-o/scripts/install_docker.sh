#!/usr/bin/env bash
# Install Docker Engine via Docker's official convenience script.
# The script is downloaded to a temp file, verified against a pinned SHA-256,
# previewed with --dry-run, and executed only when --apply is given.
set -euo pipefail

readonly SCRIPT_URL="https://get.docker.com"
SKILL_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PIN_FILE="$SKILL_DIR/config/pinned-checksums.txt"
APPLY=0
EXPECTED_SHA=""
ADD_USER=""
CHANNEL="stable"

usage() {
  cat <<'USAGE'
Usage: install_docker.sh [--apply] [--sha256 HASH] [--add-user NAME] [--channel stable|test]

Without --apply the script only downloads and verifies Docker's installer and
runs it in --dry-run mode. Nothing changes on the system.
USAGE
}

while [[ $# -gt 0 ]]; do
  case "$1" in
    --apply) APPLY=1 ;;
    --sha256) EXPECTED_SHA="${2:?--sha256 needs a value}"; shift ;;
    --add-user) ADD_USER="${2:?--add-user needs a value}"; shift ;;
    --channel) CHANNEL="${2:?--channel needs a value}"; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "Unknown option: $1" >&2; usage; exit 2 ;;
  esac
  shift
done

case "$CHANNEL" in
  stable|test) ;;
  *) echo "Unsupported channel: $CHANNEL" >&2; exit 2 ;;
esac

if [[ "$(uname -s)" != "Linux" ]]; then
  echo "This installer only supports Linux. Use Docker Desktop on macOS/Windows." >&2
  exit 1
fi

for bin in curl sha256sum sudo awk; do
  command -v "$bin" >/dev/null 2>&1 || { echo "Missing required tool: $bin" >&2; exit 1; }
done

if [[ -z "$EXPECTED_SHA" && -f "$PIN_FILE" ]]; then
  EXPECTED_SHA="$(awk -v u="$SCRIPT_URL" '!/^#/ && $1==u {print $2}' "$PIN_FILE" | tail -n1)"
fi

tmp="$(mktemp "${TMPDIR:-/tmp}/get-docker.XXXXXX")"
trap 'rm -f "$tmp"' EXIT

echo "==> Downloading $SCRIPT_URL"
curl --fail --silent --show-error --location \
     --proto '=https' --tlsv1.2 \
     -o "$tmp" "$SCRIPT_URL"

actual_sha="$(sha256sum "$tmp" | awk '{print $1}')"
echo "==> SHA-256 of downloaded script: $actual_sha"

if [[ -z "$EXPECTED_SHA" ]]; then
  echo "!! No pinned checksum is available." >&2
  echo "   Review the script first: less $tmp   (kept until you press Enter)" >&2
  read -r -p "Press Enter when done reviewing... " _
  echo "   If you trust it, rerun with: --sha256 $actual_sha" >&2
  exit 3
fi

if [[ "$actual_sha" != "$EXPECTED_SHA" ]]; then
  echo "!! Checksum mismatch." >&2
  echo "   expected: $EXPECTED_SHA" >&2
  echo "   actual:   $actual_sha" >&2
  echo "   Docker may have published a new script version. Review it and re-pin on purpose." >&2
  exit 4
fi
echo "==> Checksum matches pinned value."

echo "==> Dry run (prints commands only, makes no changes):"
sh "$tmp" --channel "$CHANNEL" --dry-run

if [[ "$APPLY" -ne 1 ]]; then
  echo
  echo "Preview only. Re-run with --apply to install."
  exit 0
fi

echo "==> Installing Docker Engine (sudo required)"
sudo sh "$tmp" --channel "$CHANNEL"

echo "==> Enabling and starting services"
sudo systemctl enable --now containerd.service
sudo systemctl enable --now docker.service
sudo systemctl --no-pager --lines=0 status docker.service || true

if [[ -n "$ADD_USER" ]]; then
  if ! id "$ADD_USER" >/dev/null 2>&1; then
    echo "User '$ADD_USER' does not exist; skipping group change." >&2
  else
    echo "!! Adding '$ADD_USER' to the docker group grants root-equivalent access to this host."
    read -r -p "Type the username again to confirm: " confirm
    if [[ "$confirm" == "$ADD_USER" ]]; then
      sudo usermod -aG docker "$ADD_USER"
      echo "==> Done. '$ADD_USER' must log out and back in for the group to apply."
    else
      echo "==> Confirmation did not match; group unchanged."
    fi
  fi
fi

echo "==> Verify with: sudo docker run --rm hello-world"
