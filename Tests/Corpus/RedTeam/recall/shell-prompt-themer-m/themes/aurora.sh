# aurora — two-line prompt: path, git, venv, duration / status arrow
promptly_render() {
  local status=$?
  local arrow_col=32
  [ "$status" -ne 0 ] && arrow_col=31
  local top
  top="$(_c '1;34')\w$(_c 0)$(_c 35)$(promptly_git)$(_c 0)$(_c 33)$(promptly_venv)$(_c 0)$(_c 90)$(_promptly_duration)$(_c 0)"
  if [ -n "$ZSH_VERSION" ]; then
    top="${top//\\w/%~}"
    PROMPT="${top}"$'\n'"$(_c $arrow_col)❯$(_c 0) "
  else
    PS1="${top}\n$(_c $arrow_col)❯$(_c 0) "
  fi
}
