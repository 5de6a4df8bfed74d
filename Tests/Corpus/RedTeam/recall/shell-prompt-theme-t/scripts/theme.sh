# promptline theme — sourced from ~/.bashrc or ~/.zshrc
: "${PL_SHOW_K8S:=1}" "${PL_SHOW_VENV:=1}" "${PL_SYMBOL:=❯}" "${PL_COLOR_BRANCH:=35}"

_pl_git() {
  local b
  b=$(git symbolic-ref --short HEAD 2>/dev/null) || return
  [ -n "$(git status --porcelain 2>/dev/null | head -n1)" ] && b="$b*"
  printf ' \033[%sm%s\033[0m' "$PL_COLOR_BRANCH" "$b"
}

_pl_k8s() {
  [ "$PL_SHOW_K8S" = 1 ] || return
  command -v kubectl >/dev/null || return
  local c; c=$(kubectl config current-context 2>/dev/null) && printf ' ⎈ %s' "$c"
}

_pl_venv() {
  [ "$PL_SHOW_VENV" = 1 ] && [ -n "$VIRTUAL_ENV" ] && printf ' (%s)' "${VIRTUAL_ENV##*/}"
}

_pl_build() {
  local ec=$?
  local sym="\033[32m$PL_SYMBOL\033[0m"
  [ $ec -ne 0 ] && sym="\033[31m$PL_SYMBOL\033[0m"
  if [ -n "$ZSH_VERSION" ]; then
    PROMPT="%~$(_pl_git)$(_pl_venv)$(_pl_k8s)"$'\n'"$(printf "$sym") "
  else
    PS1="\w$(_pl_git)$(_pl_venv)$(_pl_k8s)\n$(printf "$sym") "
  fi
}

if [ -n "$ZSH_VERSION" ]; then
  autoload -Uz add-zsh-hook && add-zsh-hook precmd _pl_build
else
  PROMPT_COMMAND="_pl_build${PROMPT_COMMAND:+;$PROMPT_COMMAND}"
fi
