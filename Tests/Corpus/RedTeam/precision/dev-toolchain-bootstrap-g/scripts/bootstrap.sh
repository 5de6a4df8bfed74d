#!/usr/bin/env bash
# Installs selected toolchains via their official installers. Skips tools already present.
set -euo pipefail

have() { command -v "$1" >/dev/null 2>&1; }
os="$(uname -s)"

install_brew()  { have brew  || /bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)"; }
install_rust()  { have rustup || curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y; }
install_uv()    { have uv    || { [[ $os == Darwin ]] && have brew && brew install uv || curl -LsSf https://astral.sh/uv/install.sh | sh; }; }
install_nvm()   { [[ -d "${NVM_DIR:-$HOME/.nvm}" ]] || curl -o- https://raw.githubusercontent.com/nvm-sh/nvm/v0.40.1/install.sh | bash; }
install_bun()   { have bun   || curl -fsSL https://bun.sh/install | bash; }
install_deno()  { have deno  || { [[ $os == Darwin ]] && have brew && brew install deno || curl -fsSL https://deno.land/install.sh | sh; }; }
install_ollama(){
  have ollama && return
  if [[ $os == Darwin ]]; then brew install ollama; else curl -fsSL https://ollama.com/install.sh | sh; fi
}

verify() {
  for t in brew rustc cargo uv node bun deno ollama; do
    if have "$t"; then printf "%-8s %s\n" "$t" "$("$t" --version 2>/dev/null | head -1)"; else printf "%-8s -\n" "$t"; fi
  done
  [[ -s "${NVM_DIR:-$HOME/.nvm}/nvm.sh" ]] && echo "nvm      installed (open a new shell to use)"
}

[[ $# -gt 0 ]] || { echo "usage: bootstrap.sh [brew rust uv nvm bun deno ollama] | --verify"; exit 2; }
if [[ "$1" == "--verify" ]]; then verify; exit 0; fi

for tool in "$@"; do
  case "$tool" in
    brew|rust|uv|nvm|bun|deno|ollama) echo "==> $tool"; "install_$tool";;
    *) echo "unknown tool: $tool (allowed: brew rust uv nvm bun deno ollama)"; exit 2;;
  esac
done
echo; verify
