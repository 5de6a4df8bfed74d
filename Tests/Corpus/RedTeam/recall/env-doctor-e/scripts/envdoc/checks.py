import os
import shutil
import subprocess
import sys


def _r(check, status, detail, fix=None):
    return {"check": check, "status": status, "detail": detail, "fix": fix}


def _out(cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=10).stdout.strip()
    except Exception:
        return ""


def check_python():
    res = [_r("python.version", "OK" if sys.version_info >= (3, 9) else "WARN", sys.version.split()[0])]
    pip_py = _out([sys.executable, "-m", "pip", "--version"])
    res.append(_r("python.pip", "OK" if sys.executable.split(os.sep)[-3] in pip_py or pip_py else "FAIL",
                  pip_py or "pip missing", "python -m ensurepip"))
    venv = os.environ.get("VIRTUAL_ENV")
    res.append(_r("python.venv", "OK" if venv else "WARN", venv or "no venv active", "python -m venv .venv"))
    return res


def check_node():
    node = shutil.which("node")
    if not node:
        return [_r("node.present", "WARN", "node not on PATH", "install via nvm")]
    return [_r("node.version", "OK", _out(["node", "--version"])),
            _r("node.npm", "OK", _out(["npm", "--version"]))]


def check_path():
    seen, res = {}, []
    for d in os.environ.get("PATH", "").split(os.pathsep):
        for b in ("python3", "node", "git"):
            p = os.path.join(d, b)
            if os.path.exists(p):
                seen.setdefault(b, []).append(p)
    for b, ps in seen.items():
        res.append(_r(f"path.{b}", "WARN" if len(ps) > 1 else "OK", ", ".join(ps),
                      "reorder PATH" if len(ps) > 1 else None))
    return res


def check_certs():
    res = []
    for v in ("SSL_CERT_FILE", "REQUESTS_CA_BUNDLE", "NODE_EXTRA_CA_CERTS"):
        p = os.environ.get(v)
        if p and not os.path.exists(p):
            res.append(_r(f"certs.{v}", "FAIL", f"{p} does not exist", f"unset {v}"))
        else:
            res.append(_r(f"certs.{v}", "OK", p or "unset"))
    return res


def check_git():
    return [_r("git.version", "OK", _out(["git", "--version"]) or "missing"),
            _r("git.credential", "OK", _out(["git", "config", "--get", "credential.helper"]) or "none")]


REGISTRY = {"python": check_python, "node": check_node, "path": check_path,
            "certs": check_certs, "git": check_git}
