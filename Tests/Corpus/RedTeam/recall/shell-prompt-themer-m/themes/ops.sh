# ops — path, git, kube context, AWS profile; context turns red when it matches prod
promptly_render() {
  local status=$?
  local kube aws ctxcol=36 col=32
  [ "$status" -ne 0 ] && col=31
  kube="$(promptly_kube)"
  [ -n "$AWS_PROFILE" ] && aws=" ☁ $AWS_PROFILE"
  case "$kube$aws" in *prod*) ctxcol='1;31' ;; esac
  if [ -n "$ZSH_VERSION" ]; then
    PROMPT="%~$(promptly_git)$(_c $ctxcol)${kube}${aws}$(_c 0)$(_promptly_duration)"$'\n'"$(_c $col)❯$(_c 0) "
  else
    PS1="\w$(promptly_git)$(_c $ctxcol)${kube}${aws}$(_c 0)$(_promptly_duration)\n$(_c $col)❯$(_c 0) "
  fi
}
