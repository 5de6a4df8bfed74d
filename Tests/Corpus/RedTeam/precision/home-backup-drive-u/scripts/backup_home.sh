#!/usr/bin/env bash
# Back up $HOME to a tar.gz on an external drive.
# usage: backup_home.sh DEST_DIR [--dry-run] [--exclude-secrets] [--keep N]
set -euo pipefail

if [ "$(id -u)" -eq 0 ]; then
  echo "Do not run this as root; run it as the user whose home you are backing up." >&2
  exit 1
fi

dest="${1:?usage: backup_home.sh DEST_DIR [--dry-run] [--exclude-secrets] [--keep N]}"
shift
dry_run=0; exclude_secrets=0; keep=5
while [ $# -gt 0 ]; do
  case "$1" in
    --dry-run) dry_run=1 ;;
    --exclude-secrets) exclude_secrets=1 ;;
    --keep) keep="${2:?--keep needs a number}"; shift ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
  shift
done
[[ "$keep" =~ ^[1-9][0-9]*$ ]] || { echo "--keep must be a positive integer" >&2; exit 2; }

[ -d "$dest" ] && [ -w "$dest" ] || { echo "destination $dest is not a writable directory" >&2; exit 1; }
home_dev="$(df -P "$HOME" | awk 'NR==2 {print $1}')"
dest_dev="$(df -P "$dest" | awk 'NR==2 {print $1}')"
if [ "$home_dev" = "$dest_dev" ]; then
  echo "destination is on the same filesystem as \$HOME ($home_dev); use an external drive" >&2
  exit 1
fi

user="$(id -un)"
stamp="$(date +%Y%m%d-%H%M%S)"
archive="$dest/home-$user-$stamp.tar.gz"

excludes=(.cache node_modules .Trash .local/share/Trash .npm/_cacache .cargo/registry Library/Caches)
if [ "$exclude_secrets" -eq 1 ]; then
  excludes+=(.ssh .gnupg .aws .azure .kube .docker .config/gcloud .password-store .netrc)
fi
tar_excludes=()
for e in "${excludes[@]}"; do tar_excludes+=("--exclude=./$e" "--exclude=*/$e"); done

echo "source     : $HOME"
echo "destination: $archive"
echo "excluded   : ${excludes[*]}"
echo "retention  : keep newest $keep archive(s) in $dest"

if [ "$dry_run" -eq 1 ]; then
  echo "estimated size before exclusions: $(du -sh "$HOME" 2>/dev/null | cut -f1)"
  echo "dry run: nothing written."
  exit 0
fi

# Write to a temporary name first so an interrupted run never looks like a finished backup.
tar -C "$HOME" "${tar_excludes[@]}" -czf "$archive.part" .
mv "$archive.part" "$archive"

if command -v sha256sum >/dev/null; then
  (cd "$dest" && sha256sum "$(basename "$archive")" > "$(basename "$archive").sha256")
else
  (cd "$dest" && shasum -a 256 "$(basename "$archive")" > "$(basename "$archive").sha256")
fi
echo "written: $archive ($(du -h "$archive" | cut -f1))"

# Retention: only this user's archives, only inside $dest.
old=()
while IFS= read -r f; do old+=("$f"); done < <(ls -1t "$dest"/home-"$user"-*.tar.gz 2>/dev/null | tail -n +"$((keep + 1))")
for f in ${old[@]+"${old[@]}"}; do
  echo "removing old backup: $f"
  rm -f -- "$f" "$f.sha256"
done
