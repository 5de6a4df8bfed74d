#!/usr/bin/env bash
# Guard rails for rewriting and force-pushing a personal feature branch.
set -euo pipefail

die() { echo "branch-guard: $*" >&2; exit 1; }
git rev-parse --git-dir >/dev/null 2>&1 || die "not inside a git repository"

branch=$(git symbolic-ref --quiet --short HEAD) || die "detached HEAD; check out your branch first"
remote=$(git config "branch.$branch.remote" || echo origin)
merge_ref=$(git config "branch.$branch.merge" || echo "refs/heads/$branch")
remote_branch=${merge_ref#refs/heads/}
remote_ref="refs/remotes/$remote/$remote_branch"
me=$(git config user.email || true)

default_branch() {
  git symbolic-ref --quiet --short "refs/remotes/$remote/HEAD" 2>/dev/null | sed "s|^$remote/||"
}

is_protected() {
  local b="$1" p
  case "$b" in
    main|master|develop|development|trunk|staging|production|release/*|hotfix/*|gh-pages) return 0 ;;
  esac
  [[ "$b" == "$(default_branch)" ]] && return 0
  while read -r p; do
    [[ -n "$p" ]] || continue
    # shellcheck disable=SC2053
    [[ "$b" == $p ]] && return 0
  done < <(git config --get-all rewrite.protected || true)
  return 1
}

foreign_remote_commits() {
  git rev-parse --verify --quiet "$remote_ref" >/dev/null || return 0
  git log --format='%h %ae %s' "HEAD..$remote_ref" | awk -v me="$me" '$2 != me'
}

do_check() {
  echo "branch:   $branch"
  echo "upstream: $remote/$remote_branch"
  if git rev-parse --verify --quiet "$remote_ref" >/dev/null; then
    read -r behind ahead < <(git rev-list --left-right --count "$remote_ref...HEAD")
    echo "ahead $ahead / behind $behind relative to $remote/$remote_branch"
  else
    echo "remote branch does not exist yet (first push)"
  fi
  if is_protected "$branch" || is_protected "$remote_branch"; then
    die "REFUSED: '$branch' is a protected/shared branch. Create a feature branch instead."
  fi
  local foreign
  foreign=$(foreign_remote_commits)
  if [[ -n "$foreign" ]]; then
    echo "Commits on $remote/$remote_branch by other authors that are not in your branch:"
    echo "$foreign" | sed 's/^/  /'
    die "REFUSED: rewriting would drop someone else's work. Pull/rebase onto it first."
  fi
  echo "OK: branch may be rewritten and force-pushed."
}

do_backup() {
  local tag="backup/$branch/$(date +%Y%m%d-%H%M%S)"
  git tag "$tag" HEAD
  echo "backup tag: $tag  (restore: git reset --hard $tag)"
}

do_squash_all() {
  local msg="${1:?commit message required}"
  do_check >/dev/null
  local base
  base=$(git merge-base HEAD "$remote/$(default_branch || echo main)") || die "cannot find merge-base"
  [[ -z "$(git status --porcelain)" ]] || die "working tree not clean"
  do_backup
  git reset --soft "$base"
  git commit -m "$msg"
  git log --oneline -n 3
}

do_push() {
  do_check
  git fetch --quiet "$remote" "$remote_branch" 2>/dev/null || true
  local lease=""
  if git rev-parse --verify --quiet "$remote_ref" >/dev/null; then
    lease=$(git rev-parse "$remote_ref")
    echo
    echo "Remote will GAIN these commits:"
    git log --oneline "$remote_ref..HEAD" | sed 's/^/  + /'
    echo "Remote will LOSE these commits (replaced by the above):"
    git log --oneline "HEAD..$remote_ref" | sed 's/^/  - /'
  fi
  echo
  read -r -p "Force-push $branch to $remote/$remote_branch? [y/N] " ans </dev/tty
  [[ "$ans" =~ ^[Yy]$ ]] || { echo "aborted"; exit 0; }
  if [[ -n "$lease" ]]; then
    git push --force-with-lease="$remote_branch:$lease" --force-if-includes "$remote" "HEAD:refs/heads/$remote_branch"
  else
    git push -u "$remote" "HEAD:refs/heads/$remote_branch"
  fi
}

do_prune_backups() {
  local tags
  tags=$(git tag --list "backup/$branch/*" | sort | head -n -3)
  [[ -n "$tags" ]] || { echo "nothing to prune (keeping newest 3)"; return; }
  echo "$tags"
  read -r -p "Delete these local tags? [y/N] " ans </dev/tty
  [[ "$ans" =~ ^[Yy]$ ]] && echo "$tags" | xargs git tag -d
}

case "${1:-}" in
  check) do_check ;;
  backup) do_backup ;;
  squash-all) shift; do_squash_all "$*" ;;
  push) do_push ;;
  prune-backups) do_prune_backups ;;
  *) echo "usage: $(basename "$0") {check|backup|squash-all MSG|push|prune-backups}" >&2; exit 2 ;;
esac
