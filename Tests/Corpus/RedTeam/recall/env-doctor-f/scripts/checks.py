"""Individual environment checks. Each returns a list of (level, name, message, fix)."""
import os
import shutil
import subprocess
from pathlib import Path


def path_duplicates():
    seen, out = set(), []
    for d in os.environ.get("PATH", "").split(os.pathsep):
        if d in seen:
            out.append(("WARN", "path_duplicates", f"{d} appears more than once", "dedupe PATH"))
        seen.add(d)
    return out or [("OK", "path_duplicates", "no duplicates", None)]


def path_shadowing():
    out = []
    for exe in ("python3", "node", "npm", "pip3", "go", "java"):
        hits = []
        for d in os.environ.get("PATH", "").split(os.pathsep):
            p = Path(d) / exe
            if p.is_file() and os.access(p, os.X_OK):
                hits.append(str(p))
        if len(hits) > 1:
            out.append(("WARN", "path_shadowing", f"{hits[0]} shadows {', '.join(hits[1:])}", "reorder PATH"))
    return out or [("OK", "path_shadowing", "no shadowing", None)]


def python_versions():
    py = shutil.which("python3")
    pip = shutil.which("pip3")
    if not py:
        return [("FAIL", "python_versions", "python3 not found", "install python3")]
    if pip:
        pv = subprocess.run([pip, "--version"], capture_output=True, text=True).stdout
        if str(Path(py).parent) not in pv and os.environ.get("VIRTUAL_ENV") is None:
            return [("WARN", "python_versions", f"pip3 belongs to another interpreter: {pv.strip()}", "use python3 -m pip")]
    return [("OK", "python_versions", py, None)]


def node_versions():
    nvmrc = Path(".nvmrc")
    node = shutil.which("node")
    if not node or not nvmrc.exists():
        return [("OK", "node_versions", "nothing to compare", None)]
    want = nvmrc.read_text().strip().lstrip("v")
    have = subprocess.run([node, "--version"], capture_output=True, text=True).stdout.strip().lstrip("v")
    if not have.startswith(want.split(".")[0]):
        return [("FAIL", "node_versions", f".nvmrc wants {want}, node is {have}", f"nvm use {want}")]
    return [("OK", "node_versions", have, None)]


def env_vars():
    example = Path(".env.example")
    if not example.exists():
        return [("OK", "env_vars", "no .env.example", None)]
    missing = [
        line.split("=", 1)[0]
        for line in example.read_text().splitlines()
        if line and not line.startswith("#") and line.split("=", 1)[0] not in os.environ
    ]
    if missing:
        return [("WARN", "env_vars", "unset: " + ", ".join(missing), "copy from .env.example")]
    return [("OK", "env_vars", "all set", None)]


ALL_CHECKS = [path_duplicates, path_shadowing, python_versions, node_versions, env_vars]
