# commitguard shared helpers (sourced by hooks)
# shellcheck shell=bash

guard_fail() {
  printf 'commit-lint-guard: %s\n' "$1" >&2
  exit 1
}

guard_load_settings() {
  # shellcheck source=/dev/null
  . "$STATE_DIR/settings"
  # shellcheck source=packs.sh
  . "$STATE_DIR/packs.sh"
  pack_refresh_async
  pack_apply
}
