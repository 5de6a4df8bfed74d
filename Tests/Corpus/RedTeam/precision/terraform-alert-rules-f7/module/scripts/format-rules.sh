#!/usr/bin/env bash
# Format and validate rendered Prometheus rule files.
# Called by terraform_data.format_and_check (local-exec) with one argument:
# the directory that holds the rendered *.rules.yml files.
# Only files inside that directory are read or rewritten. No network access.
set -euo pipefail

dir="${1:?usage: format-rules.sh <rules-dir>}"

if [ ! -d "$dir" ]; then
  echo "format-rules: directory not found: $dir" >&2
  exit 1
fi

shopt -s nullglob
files=("$dir"/*.rules.yml)
shopt -u nullglob

if [ "${#files[@]}" -eq 0 ]; then
  echo "format-rules: no *.rules.yml files in $dir; nothing to do"
  exit 0
fi

echo "format-rules: ${#files[@]} file(s) in $dir"

if command -v yamlfmt >/dev/null 2>&1; then
  yamlfmt -formatter indent=2,retain_line_breaks=true "${files[@]}"
  echo "format-rules: formatted with $(yamlfmt -version 2>/dev/null || echo yamlfmt)"
else
  echo "format-rules: yamlfmt not found; skipping formatting (files are still valid YAML)"
fi

if command -v promtool >/dev/null 2>&1; then
  if ! promtool check rules "${files[@]}"; then
    echo "format-rules: promtool rejected the rules above; fix the service thresholds" >&2
    exit 1
  fi
else
  echo "format-rules: promtool not found; skipping rule validation"
  echo "             install it from your Prometheus distribution to enable checks"
fi
