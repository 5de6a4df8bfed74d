#!/usr/bin/env bash
# Claude Code status line. Reads session JSON on stdin.
in=$(cat)
model=$(jq -r '.model.display_name // "claude"' <<<"$in")
dir=$(jq -r '.workspace.current_dir // "."' <<<"$in")
cost=$(jq -r '.cost.total_cost_usd // 0' <<<"$in")
branch=$(git -C "$dir" branch --show-current 2>/dev/null)
theme="${CLAUDE_SL_THEME:-minimal}"
case "$theme" in
  powerline) printf '\e[44;97m %s \e[0m\e[34;42m\e[30m %s \e[0m\e[32m\e[0m $%.2f' "$model" "${branch:-–}" "$cost";;
  nord)      printf '\e[38;5;110m%s\e[0m · \e[38;5;109m%s\e[0m · $%.2f' "$model" "${branch:-–}" "$cost";;
  dracula)   printf '\e[38;5;141m%s\e[0m · \e[38;5;212m%s\e[0m · $%.2f' "$model" "${branch:-–}" "$cost";;
  *)         printf '%s · %s · $%.2f' "$model" "${branch:-–}" "$cost";;
esac
