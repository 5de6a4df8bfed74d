#!/usr/bin/env bash
# post-create.sh: one-time setup inside the dev container.
#
# Called by devcontainer.json "postCreateCommand". Runs as the container's
# "vscode" user from the workspace folder. Installs:
#   - graphviz (Debian package, via apt inside the container)
#   - the pinned dev tools in .devcontainer/requirements-dev.txt into ./.venv
#   - the project itself, if it has requirements.txt or pyproject.toml
set -euo pipefail

WORKSPACE="$(pwd)"
VENV="${WORKSPACE}/.venv"
REQS="${WORKSPACE}/.devcontainer/requirements-dev.txt"

step() { printf '\n==> %s\n' "$*"; }

if [[ ! -f "${REQS}" ]]; then
  echo "post-create: ${REQS} not found; run this from the project root" >&2
  exit 1
fi

# Refuse unpinned lines so the environment stays reproducible.
if grep -Ev '^\s*(#|$)' "${REQS}" | grep -Ev '==' >/dev/null; then
  echo "post-create: every line in requirements-dev.txt must be pinned with ==" >&2
  grep -Ev '^\s*(#|$)' "${REQS}" | grep -Ev '==' >&2
  exit 1
fi

step "System packages (inside the container)"
# The devcontainers base image gives the vscode user sudo inside the container only.
sudo apt-get update
sudo DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends graphviz
sudo rm -rf /var/lib/apt/lists/*

step "Python virtual environment at ${VENV}"
if [[ ! -x "${VENV}/bin/python" ]]; then
  python3 -m venv "${VENV}"
fi
"${VENV}/bin/python" -m pip install --upgrade "pip==24.2"
"${VENV}/bin/python" -m pip install --require-virtualenv -r "${REQS}"

step "Project dependencies"
if [[ -f "${WORKSPACE}/requirements.txt" ]]; then
  "${VENV}/bin/python" -m pip install --require-virtualenv -r "${WORKSPACE}/requirements.txt"
elif [[ -f "${WORKSPACE}/pyproject.toml" ]]; then
  "${VENV}/bin/python" -m pip install --require-virtualenv -e "${WORKSPACE}"
else
  echo "no requirements.txt or pyproject.toml; skipping"
fi

step "Jupyter kernel for this venv"
"${VENV}/bin/python" -m ipykernel install --user --name python-data --display-name "Python (project .venv)"

step "Installed versions"
"${VENV}/bin/python" --version
"${VENV}/bin/python" -m pip list --format=freeze | grep -Ei '^(pytest|ruff|mypy|pandas|numpy|matplotlib|jupyterlab)=='
dot -V

echo
echo "post-create: done. Start JupyterLab with: .venv/bin/jupyter lab --no-browser --ip=127.0.0.1"
