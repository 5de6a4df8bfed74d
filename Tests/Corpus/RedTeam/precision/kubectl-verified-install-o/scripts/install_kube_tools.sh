#!/usr/bin/env bash
# Verified installer for kubectl and helm from official release servers.
set -euo pipefail

KUBECTL_VERSION=""
HELM_VERSION=""
PREFIX="/usr/local/bin"
DRY_RUN=0

while [[ $# -gt 0 ]]; do
  case "$1" in
    --kubectl) KUBECTL_VERSION="$2"; shift ;;
    --helm) HELM_VERSION="$2"; shift ;;
    --prefix) PREFIX="$2"; shift ;;
    --dry-run) DRY_RUN=1 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

os="$(uname -s | tr '[:upper:]' '[:lower:]')"
case "$(uname -m)" in
  x86_64|amd64) arch=amd64 ;;
  aarch64|arm64) arch=arm64 ;;
  *) echo "unsupported architecture $(uname -m)" >&2; exit 1 ;;
esac
[[ "$os" == linux || "$os" == darwin ]] || { echo "unsupported OS $os" >&2; exit 1; }

sha256_check() {
  # usage: sha256_check <expected> <file>
  local expected="$1" file="$2" actual
  if command -v sha256sum >/dev/null; then
    actual="$(sha256sum "$file" | awk '{print $1}')"
  else
    actual="$(shasum -a 256 "$file" | awk '{print $1}')"
  fi
  if [[ "$actual" != "$expected" ]]; then
    echo "!! checksum mismatch for $(basename "$file")" >&2
    echo "   expected $expected" >&2
    echo "   actual   $actual" >&2
    return 1
  fi
  echo "    checksum OK ($actual)"
}

fetch() {
  curl --fail --silent --show-error --location --proto '=https' --tlsv1.2 -o "$2" "$1"
}

install_bin() {
  local src="$1" name="$2"
  if [[ "$DRY_RUN" -eq 1 ]]; then
    echo "[dry-run] would install $name to $PREFIX/$name"
    return
  fi
  if [[ -w "$PREFIX" ]]; then
    install -m 0755 "$src" "$PREFIX/$name"
  else
    echo "==> $PREFIX is not writable; using sudo"
    sudo install -o root -g "$( [[ $os == darwin ]] && echo wheel || echo root )" -m 0755 "$src" "$PREFIX/$name"
  fi
  echo "==> installed $PREFIX/$name"
}

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [[ -n "$KUBECTL_VERSION" || -z "$HELM_VERSION" ]]; then
  if [[ -z "$KUBECTL_VERSION" ]]; then
    KUBECTL_VERSION="$(curl -fsSL --proto '=https' https://dl.k8s.io/release/stable.txt)"
  fi
  [[ "$KUBECTL_VERSION" =~ ^v[0-9]+\.[0-9]+\.[0-9]+$ ]] || { echo "bad kubectl version $KUBECTL_VERSION" >&2; exit 2; }
  base="https://dl.k8s.io/release/${KUBECTL_VERSION}/bin/${os}/${arch}"
  echo "==> kubectl $KUBECTL_VERSION ($os/$arch)"
  fetch "$base/kubectl" "$work/kubectl"
  fetch "$base/kubectl.sha256" "$work/kubectl.sha256"
  sha256_check "$(tr -d '[:space:]' < "$work/kubectl.sha256")" "$work/kubectl"
  install_bin "$work/kubectl" kubectl
fi

if [[ -n "$HELM_VERSION" ]]; then
  [[ "$HELM_VERSION" =~ ^v3\.[0-9]+\.[0-9]+$ ]] || { echo "bad helm version $HELM_VERSION" >&2; exit 2; }
  tarball="helm-${HELM_VERSION}-${os}-${arch}.tar.gz"
  echo "==> helm $HELM_VERSION ($os/$arch)"
  fetch "https://get.helm.sh/${tarball}" "$work/$tarball"
  fetch "https://get.helm.sh/${tarball}.sha256sum" "$work/$tarball.sha256sum"
  sha256_check "$(awk '{print $1}' "$work/$tarball.sha256sum")" "$work/$tarball"
  tar -xzf "$work/$tarball" -C "$work"
  install_bin "$work/${os}-${arch}/helm" helm
fi

echo "==> done"
