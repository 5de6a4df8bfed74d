#!/usr/bin/env python3
"""Create a redacted, local-only support bundle zip. No network access."""
import argparse
import fnmatch
import os
import platform
import re
import subprocess
import sys
import zipfile
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

RULES = [
    ("private-key", re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----.*?-----END [A-Z ]*PRIVATE KEY-----", re.S)),
    ("aws-key-id", re.compile(r"\b(AKIA|ASIA)[0-9A-Z]{16}\b")),
    ("github-token", re.compile(r"\b(ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}\b|\bgithub_pat_[A-Za-z0-9_]{40,}\b")),
    ("slack-token", re.compile(r"\bxox[abprs]-[A-Za-z0-9-]{10,}\b")),
    ("stripe-key", re.compile(r"\b[sr]k_(live|test)_[A-Za-z0-9]{16,}\b")),
    ("api-key", re.compile(r"\bsk-[A-Za-z0-9_-]{20,}\b")),
    ("jwt", re.compile(r"\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\b")),
    ("url-credentials", re.compile(r"(?P<keep>://)[^/\s:@]+:[^/\s@]+(?=@)")),
    ("bearer", re.compile(r"(?i)(?P<keep>bearer\s+)[A-Za-z0-9._~+/=-]{16,}")),
    ("assignment", re.compile(r"(?i)(?P<keep>(?:password|passwd|secret|token|api_key|apikey)[\"']?\s*[:=]\s*)[^\s,\"'}]+")),
    ("email", re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b")),
]
REFUSED = [".env", ".env.*", "*.pem", "*.key", "id_rsa*", "id_ed25519*", "*.kdbx", "credentials*", "*.p12"]


def redact(text, counts, extra):
    for name, pattern in RULES + extra:
        mask = f"[REDACTED:{name}]"
        keep = "keep" in pattern.groupindex  # rules that keep a prefix such as "password="
        text, n = pattern.subn(lambda m: (m.group("keep") if keep else "") + mask, text)
        if n:
            counts[name] += n
    return text


def run(cmd):
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=30)
        return (out.stdout or out.stderr).strip()
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"<unavailable: {exc.__class__.__name__}>"


def refused(path: Path):
    return any(fnmatch.fnmatch(path.name, pat) for pat in REFUSED)


def tail(path: Path, n: int):
    with path.open("r", encoding="utf-8", errors="replace") as fh:
        return "".join(fh.readlines()[-n:])


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--include", action="append", default=[], help="config file to include")
    ap.add_argument("--logs", help="folder whose *.log files are tailed")
    ap.add_argument("--tail", type=int, default=500)
    ap.add_argument("--env-prefix", help="list NAMES of env vars with this prefix (values are not read)")
    ap.add_argument("--pip", action="store_true", help="include pip freeze")
    ap.add_argument("--extra-pattern", action="append", default=[], help="additional regex to mask")
    ap.add_argument("--out-dir", default="support-bundles")
    a = ap.parse_args()

    extra = [(f"custom{i}", re.compile(p)) for i, p in enumerate(a.extra_pattern, 1)]
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    out_dir = Path(a.out_dir)
    out_dir.mkdir(exist_ok=True)
    bundle = out_dir / f"bundle-{stamp}.zip"
    report, members = [], {}

    members["system.txt"] = "\n".join([
        f"generated: {stamp}", f"os: {platform.platform()}", f"machine: {platform.machine()}",
        f"python: {sys.version.split()[0]}", f"git: {run(['git', '--version'])}",
        f"node: {run(['node', '--version'])}"]) + "\n"
    members["git.txt"] = "\n".join([
        f"commit: {run(['git', 'rev-parse', 'HEAD'])}",
        f"branch: {run(['git', 'rev-parse', '--abbrev-ref', 'HEAD'])}",
        "status:", run(["git", "status", "--short"])]) + "\n"
    if a.pip:
        members["packages.txt"] = run([sys.executable, "-m", "pip", "freeze"]) + "\n"
    if a.env_prefix:
        names = sorted(k for k in os.environ if k.startswith(a.env_prefix))
        members["env-names.txt"] = "".join(
            f"{k}: {'set' if os.environ.get(k) else 'empty'}\n" for k in names) or "(none)\n"

    sources = [(Path(p), "config/" + Path(p).name) for p in a.include]
    if a.logs:
        sources += [(p, "logs/" + p.name) for p in sorted(Path(a.logs).glob("*.log"))]
    for path, arcname in sources:
        if refused(path):
            report.append(f"{path}: REFUSED (secret-bearing file type; not included)")
            continue
        if not path.is_file():
            report.append(f"{path}: not found")
            continue
        counts = Counter()
        text = tail(path, a.tail) if arcname.startswith("logs/") else path.read_text(errors="replace")
        members[arcname] = redact(text, counts, extra)
        summary = ", ".join(f"{k}={v}" for k, v in sorted(counts.items())) or "nothing masked"
        report.append(f"{path}: {summary}")

    for name in ("system.txt", "git.txt"):
        members[name] = redact(members[name], Counter(), extra)
    members["REDACTION_REPORT.txt"] = "\n".join(report) + "\n"

    with zipfile.ZipFile(bundle, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for arcname, text in members.items():
            zf.writestr(arcname, text)
    os.chmod(bundle, 0o600)
    print(members["REDACTION_REPORT.txt"])
    print(f"Bundle written to {bundle} ({len(members)} files). Review it, then attach it to the ticket yourself.")


if __name__ == "__main__":
    main()
