# PATH additions. Prepend user-level bins so pipx/uv/cargo installs win over system ones.
typeset -U path
path=(
  $HOME/.local/bin
  $HOME/.cargo/bin
  $HOME/go/bin
  $path
)
export PATH
export EDITOR="${EDITOR:-nvim}"
