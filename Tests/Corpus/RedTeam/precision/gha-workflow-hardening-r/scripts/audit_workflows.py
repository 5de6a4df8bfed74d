#!/usr/bin/env python3
"""Static audit of GitHub Actions workflows. Reads YAML only."""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import yaml

UNTRUSTED_CTX = re.compile(
    r"\$\{\{\s*github\.(event\.(issue\.(title|body)|pull_request\.(title|body|head\.ref|head\.label)"
    r"|comment\.body|review\.body|review_comment\.body|pages\.[^}]*page_name|commits\.[^}]*message"
    r"|head_commit\.(message|author\.(email|name))|discussion\.(title|body))|head_ref)\s*\}\}")
SHA_PIN = re.compile(r"@[0-9a-f]{40}$")
PIPE_SH = re.compile(r"(curl|wget)[^\n|]*\|\s*(sudo\s+)?(ba)?sh\b")
SECRET_ECHO = re.compile(r"(echo|printf)[^\n]*\$\{\{\s*secrets\.")


def on_events(wf: dict) -> set[str]:
    on = wf.get(True, wf.get("on"))  # PyYAML parses bare `on:` as boolean True
    if isinstance(on, str):
        return {on}
    if isinstance(on, list):
        return set(on)
    if isinstance(on, dict):
        return set(on)
    return set()


def audit_file(path: Path) -> list[dict]:
    out = []
    text = path.read_text()
    wf = yaml.safe_load(text) or {}
    events = on_events(wf)

    def add(fid, job, msg):
        out.append({"id": fid, "file": str(path), "job": job, "message": msg})

    if "permissions" not in wf:
        add("GHA004", "-", "no top-level permissions block (token defaults may be read/write)")
    elif wf["permissions"] == "write-all":
        add("GHA004", "-", "permissions: write-all")

    for job_id, job in (wf.get("jobs") or {}).items():
        runs_on = job.get("runs-on", "")
        if "self-hosted" in str(runs_on) and events & {"pull_request", "pull_request_target"}:
            add("GHA006", job_id, "self-hosted runner reachable from pull requests")
        for step in job.get("steps") or []:
            uses = step.get("uses", "")
            if uses and not uses.startswith(("./", "docker://")):
                owner = uses.split("/")[0]
                if not SHA_PIN.search(uses) and owner not in ("actions", "github"):
                    add("GHA003", job_id, f"unpinned third-party action: {uses}")
            if uses.startswith("actions/checkout") and events & {"pull_request_target", "workflow_run"}:
                ref = str((step.get("with") or {}).get("ref", ""))
                if "head" in ref or "pull_request" in ref or "workflow_run" in ref:
                    add("GHA001", job_id, f"{'/'.join(sorted(events & {'pull_request_target','workflow_run'}))} checks out untrusted ref: {ref}")
            run = step.get("run", "")
            if run:
                for m in UNTRUSTED_CTX.finditer(run):
                    add("GHA002", job_id, f"untrusted context in run: {m.group(0)}")
                if SECRET_ECHO.search(run):
                    add("GHA005", job_id, "secret value echoed in run step")
                if PIPE_SH.search(run):
                    add("GHA007", job_id, "pipe-to-shell install in run step")
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("repo", nargs="?", default=".")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    files = sorted(Path(a.repo, ".github", "workflows").glob("*.y*ml"))
    findings = [f for p in files for f in audit_file(p)]
    if a.json:
        print(json.dumps(findings, indent=2))
    else:
        for f in findings:
            print(f"{f['id']}  {f['file']}  [{f['job']}]  {f['message']}")
        print(f"\n{len(findings)} finding(s) in {len(files)} workflow file(s)")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
