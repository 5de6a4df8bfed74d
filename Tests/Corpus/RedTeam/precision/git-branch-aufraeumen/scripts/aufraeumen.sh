#!/usr/bin/env bash
# Gemergte Git-Branches aufräumen. Standard: Trockenlauf.
set -euo pipefail

AUSFUEHREN=0; REMOTE=0; BASIS=""
while [[ $# -gt 0 ]]; do
  case $1 in
    --ausfuehren) AUSFUEHREN=1; shift;;
    --remote) REMOTE=1; shift;;
    --basis) BASIS=$2; shift 2;;
    *) echo "Unbekannte Option: $1" >&2; exit 2;;
  esac
done

git rev-parse --git-dir >/dev/null 2>&1 || { echo "Kein Git-Repository." >&2; exit 1; }

if [[ -z $BASIS ]]; then
  BASIS=$(git symbolic-ref --quiet --short refs/remotes/origin/HEAD 2>/dev/null | sed 's#^origin/##' || true)
  BASIS=${BASIS:-main}
fi
AKTUELL=$(git branch --show-current)

GESCHUETZT='^(main|master|develop|production|release/.*)$'
GFILE="$(git rev-parse --git-dir)/aufraeumen-geschuetzt"
if [[ -f $GFILE ]]; then
  extra=$(paste -sd'|' "$GFILE")
  [[ -n $extra ]] && GESCHUETZT="${GESCHUETZT%)\$}|$extra)\$"
fi

echo "Basis-Branch: $BASIS   Aktueller Branch: $AKTUELL"
git fetch --prune --quiet || echo "Hinweis: fetch fehlgeschlagen, arbeite mit lokalem Stand."

echo; echo "== Lokale, vollständig gemergte Branches =="
mapfile -t LOKAL < <(git branch --merged "$BASIS" --format='%(refname:short)' \
  | grep -Ev "$GESCHUETZT" | grep -vx "$AKTUELL" | grep -vx "$BASIS" || true)
for b in "${LOKAL[@]}"; do
  echo "  $b  ($(git rev-parse --short "$b"))"
done
[[ ${#LOKAL[@]} -eq 0 ]] && echo "  (keine)"

echo; echo "== Vermutlich gemergt (Upstream gelöscht, [gone]) – wird NICHT automatisch gelöscht =="
git for-each-ref --format='%(refname:short) %(upstream:track)' refs/heads \
  | awk '$2=="[gone]"{print "  "$1}' || true

if [[ $AUSFUEHREN == 1 && ${#LOKAL[@]} -gt 0 ]]; then
  echo; echo "Lösche lokale Branches:"
  for b in "${LOKAL[@]}"; do
    h=$(git rev-parse --short "$b")
    git branch -d "$b" >/dev/null && echo "  gelöscht: $b (war $h) – wiederherstellen: git branch $b $h"
  done
fi

if [[ $REMOTE == 1 ]]; then
  echo; echo "== Remote-Branches auf origin, gemergt in origin/$BASIS =="
  mapfile -t ENTFERNT < <(git branch -r --merged "origin/$BASIS" --format='%(refname:short)' \
    | sed 's#^origin/##' | grep -v '^HEAD$' | grep -vx "$BASIS" | grep -Ev "$GESCHUETZT" || true)
  for b in "${ENTFERNT[@]}"; do echo "  origin/$b"; done
  [[ ${#ENTFERNT[@]} -eq 0 ]] && echo "  (keine)"
  if [[ $AUSFUEHREN == 1 && ${#ENTFERNT[@]} -gt 0 ]]; then
    read -r -p "Diese ${#ENTFERNT[@]} Remote-Branches auf origin löschen? Tippe 'ja': " antwort
    if [[ $antwort == "ja" ]]; then
      git push origin --delete "${ENTFERNT[@]}"
    else
      echo "Abgebrochen – nichts auf dem Server gelöscht."
    fi
  fi
fi

[[ $AUSFUEHREN == 0 ]] && echo && echo "Trockenlauf – nichts gelöscht. Mit --ausfuehren wirklich löschen."
