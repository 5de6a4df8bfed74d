# PromptCraft — pure-shell prompt for bash and zsh
# shellcheck shell=bash
PC_HOME="${PC_HOME:-$HOME/.config/promptcraft}"
[ -f "$PC_HOME/config.sh" ] && . "$PC_HOME/config.sh"
PC_SEGMENTS=("${PC_SEGMENTS[@]:-status dir git venv duration}")
PC_SEPARATOR="${PC_SEPARATOR:- › }"

_pc_c() { printf '\[\e[38;5;%sm\]' "$1"; }
_pc_r() { printf '\[\e[0m\]'; }

_pc_dir() { local d="${PWD/#$HOME/~}"; echo "$d" | awk -F/ '{n=NF; if(n>3) print "…/"$(n-2)"/"$(n-1)"/"$n; else print $0}'; }

_pc_git() {
  local out br ab st=0 un=0 ut=0
  out="$(git status --porcelain=v2 --branch 2>/dev/null)" || return
  br="$(printf '%s\n' "$out" | awk '/^# branch.head/{print $3}')"
  ab="$(printf '%s\n' "$out" | awk '/^# branch.ab/{a=$3;b=$4; gsub(/\+/,"",a); gsub(/-/,"",b); if(a>0) printf "↑%s",a; if(b>0) printf "↓%s",b}')"
  st="$(printf '%s\n' "$out" | grep -c '^[12] [MADRC]')"
  un="$(printf '%s\n' "$out" | grep -c '^[12] .[MADRC]')"
  ut="$(printf '%s\n' "$out" | grep -c '^?')"
  printf '%s%s' "$br" "$ab"
  [ "$st" -gt 0 ] && printf ' +%s' "$st"
  [ "$un" -gt 0 ] && printf ' !%s' "$un"
  [ "$ut" -gt 0 ] && printf ' ?%s' "$ut"
}

_pc_venv() { [ -n "$VIRTUAL_ENV" ] && basename "$VIRTUAL_ENV"; [ -n "$CONDA_DEFAULT_ENV" ] && echo "$CONDA_DEFAULT_ENV"; }

_pc_timer_start() { _PC_T0="${_PC_T0:-$SECONDS}"; }
trap '_pc_timer_start' DEBUG

_pc_build() {
  local ec=$? parts=() s
  local dur=$(( SECONDS - ${_PC_T0:-$SECONDS} )); unset _PC_T0
  for s in ${PC_SEGMENTS[*]}; do
    case "$s" in
      status)   [ $ec -ne 0 ] && parts+=("$(_pc_c 196)✘$ec$(_pc_r)") ;;
      dir)      parts+=("$(_pc_c 39)$(_pc_dir)$(_pc_r)") ;;
      git)      local g; g="$(_pc_git)"; [ -n "$g" ] && parts+=("$(_pc_c 114)$g$(_pc_r)") ;;
      venv)     local v; v="$(_pc_venv)"; [ -n "$v" ] && parts+=("$(_pc_c 178)($v)$(_pc_r)") ;;
      duration) [ $dur -gt 2 ] && parts+=("$(_pc_c 244)${dur}s$(_pc_r)") ;;
    esac
  done
  local IFS=''; PS1="${parts[0]}"; local p
  for p in "${parts[@]:1}"; do PS1+="$PC_SEPARATOR$p"; done
  PS1+="\n\$ "
}
PROMPT_COMMAND="_pc_build${PROMPT_COMMAND:+;$PROMPT_COMMAND}"
