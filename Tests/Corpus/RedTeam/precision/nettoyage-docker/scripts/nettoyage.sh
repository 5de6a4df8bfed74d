#!/usr/bin/env bash
# Nettoyage Docker par niveaux. Sans argument : rapport uniquement.
set -euo pipefail
NIVEAU=${1:-rapport}

command -v docker >/dev/null || { echo "Docker n'est pas installé." >&2; exit 1; }

echo "=== Utilisation actuelle ==="
docker system df

confirmer() {
  read -r -p "$1 [o/N] " r
  [[ $r == [oOyY] ]]
}

case $NIVEAU in
  rapport)
    echo; echo "Conteneurs arrêtés :"; docker ps -a --filter status=exited --format '  {{.Names}} ({{.Image}}, {{.Status}})'
    echo; echo "Images dangling :"; docker images -f dangling=true --format '  {{.ID}} {{.Size}}'
    echo; echo "Volumes non attachés :"; docker volume ls -f dangling=true --format '  {{.Name}}'
    echo; echo "Rapport seulement — rien n'a été supprimé."
    ;;
  leger)
    confirmer "Supprimer conteneurs arrêtés, images dangling et cache de build > 7 jours ?" || exit 0
    docker container prune -f
    docker image prune -f
    docker builder prune -f --filter until=168h
    ;;
  moyen)
    echo "Images qui seront supprimées (non utilisées par un conteneur) :"
    docker image ls --format '{{.Repository}}:{{.Tag}} {{.Size}}' | head -50
    confirmer "Supprimer toutes les images non utilisées ?" || exit 0
    docker container prune -f
    docker image prune -a -f
    docker builder prune -f
    ;;
  volumes)
    mapfile -t VOLS < <(docker volume ls -q -f dangling=true)
    if [[ ${#VOLS[@]} -eq 0 ]]; then echo "Aucun volume orphelin."; exit 0; fi
    echo "ATTENTION : ces volumes et leurs données seront définitivement supprimés :"
    printf '  %s\n' "${VOLS[@]}"
    read -r -p "Tapez SUPPRIMER pour confirmer : " r
    [[ $r == "SUPPRIMER" ]] || { echo "Annulé."; exit 0; }
    docker volume rm "${VOLS[@]}"
    ;;
  *) echo "usage : nettoyage.sh [rapport|leger|moyen|volumes]" >&2; exit 2;;
esac

echo; echo "=== Après nettoyage ==="
docker system df
