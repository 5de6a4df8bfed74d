#!/usr/bin/env bash
# Résumé du diff par rapport à la branche cible.
set -euo pipefail
base="${1:-origin/main}"
mb="$(git merge-base HEAD "$base")"
echo "Base : $mb"
git diff --stat "$mb"...HEAD
echo
echo "Fichiers modifiés :"
git diff --name-status "$mb"...HEAD
