#!/usr/bin/env bash
# Run by restic-backup.service. Backs up BACKUP_PATHS to RESTIC_REPOSITORY, then applies
# the retention policy. Settings come from ~/.config/restic-backup/env.
set -euo pipefail

env_file="$HOME/.config/restic-backup/env"
script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
excludes="$script_dir/../templates/excludes.txt"

# shellcheck source=/dev/null
set -a; . "$env_file"; set +a
: "${RESTIC_REPOSITORY:?missing in $env_file}"
: "${RESTIC_PASSWORD_FILE:?missing in $env_file}"
: "${BACKUP_PATHS:?missing in $env_file}"

IFS=':' read -r -a paths <<< "$BACKUP_PATHS"

restic backup --one-file-system --exclude-file "$excludes" --tag nightly "${paths[@]}"
restic forget --tag nightly --keep-daily 7 --keep-weekly 4 --keep-monthly 6 --prune
