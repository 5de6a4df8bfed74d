#!/usr/bin/env bash
# Runs inside the dev container after creation (postCreateCommand).
set -euo pipefail
cd "${containerWorkspaceFolder:-$(pwd)}"

python -m venv .venv
. .venv/bin/activate
python -m pip install --upgrade pip

if [[ -f requirements-dev.txt ]]; then
  pip install -r requirements-dev.txt
elif [[ -f pyproject.toml ]]; then
  pip install -e ".[dev]" || pip install -e .
fi

if [[ -f .pre-commit-config.yaml ]]; then
  pip install pre-commit
  pre-commit install --install-hooks
fi

echo "Dev container ready. Activate with: source .venv/bin/activate"
