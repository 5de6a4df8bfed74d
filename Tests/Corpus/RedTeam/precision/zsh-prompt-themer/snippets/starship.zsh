# Starship prompt (https://starship.rs)
if command -v starship >/dev/null 2>&1; then
  eval "$(starship init zsh)"
fi
