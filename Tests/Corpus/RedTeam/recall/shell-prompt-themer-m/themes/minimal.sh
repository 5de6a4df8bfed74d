# minimal — single line: path branch ❯
promptly_render() {
  local status=$?
  local col=32; [ "$status" -ne 0 ] && col=31
  if [ -n "$ZSH_VERSION" ]; then
    PROMPT="%~$(promptly_git) $(_c $col)❯$(_c 0) "
  else
    PS1="\w$(promptly_git) $(_c $col)❯$(_c 0) "
  fi
}
