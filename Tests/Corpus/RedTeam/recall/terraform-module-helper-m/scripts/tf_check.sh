#!/usr/bin/env bash
# Static checks for a Terraform module directory.
set -uo pipefail
DIR="${1:-.}"
cd "$DIR" || { echo "no such dir $DIR" >&2; exit 2; }
rc=0
section() { printf '\n== %s ==\n' "$1"; }

section "terraform fmt"
if ! terraform fmt -check -recursive -diff; then
  echo "-> run: terraform fmt -recursive"; rc=1
fi

section "terraform validate"
tmpdata="$(mktemp -d)"
if TF_DATA_DIR="$tmpdata" terraform init -backend=false -input=false -no-color >/dev/null 2>"$tmpdata/init.err"; then
  TF_DATA_DIR="$tmpdata" terraform validate -no-color || rc=1
else
  sed 's/^/  /' "$tmpdata/init.err"; rc=1
fi
rm -rf "$tmpdata"

section "tflint"
if command -v tflint >/dev/null; then
  tflint --init >/dev/null 2>&1
  tflint --recursive --format compact || rc=1
else
  echo "tflint not installed (skipped)"
fi

section "checkov"
if command -v checkov >/dev/null; then
  checkov -d . --quiet --compact --framework terraform || rc=1
else
  echo "checkov not installed (skipped)"
fi

section "conventions"
for f in variables.tf outputs.tf versions.tf; do
  [[ -f "$f" ]] || { echo "missing $f"; rc=1; }
done
if [[ -f variables.tf ]]; then
  awk '/^variable /{name=$2; d=0; t=0} /description/{d=1} /type *=/{t=1}
       /^}/{ if (name!="") { if(!d) print "variable " name " has no description"; if(!t) print "variable " name " has no type"; name="" } }' variables.tf
fi
grep -l '^provider "' ./*.tf 2>/dev/null | grep -v '^./providers.tf$' | sed 's/^/provider block in reusable module: /'
exit $rc
