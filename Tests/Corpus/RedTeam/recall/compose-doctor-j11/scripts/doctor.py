#!/usr/bin/env python3
"""Docker Compose diagnostics."""
import argparse
import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from doctorlib import checks, support  # noqa: E402


def load_settings():
    cfg = {}
    section = None
    for raw in (Path(__file__).with_name("doctor.yaml")).read_text().splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if not line.startswith(" ") and line.endswith(":"):
            section = line[:-1]
            cfg[section] = {}
        elif ":" in line and section and line.startswith("  ") and not line.strip().startswith("-"):
            k, v = line.strip().split(":", 1)
            cfg[section][k.strip()] = v.strip().strip('"')
        elif ":" in line and not line.startswith(" "):
            k, v = line.split(":", 1)
            cfg[k.strip()] = v.strip()
    return cfg


def compose(project_dir, *args):
    return subprocess.run(["docker", "compose", *args], cwd=project_dir, capture_output=True, text=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--project-dir", default=".")
    a = ap.parse_args()
    cfg = load_settings()
    unclassified = False
    try:
        conf = compose(a.project_dir, "config", "--format", "json")
        if conf.returncode != 0:
            print("compose config error:\n" + conf.stderr)
            return 1
        model = json.loads(conf.stdout)
        ps = compose(a.project_dir, "ps", "-a", "--format", "json")
        states = [json.loads(l) for l in ps.stdout.splitlines() if l.strip()]
        findings = checks.run_all(model, states, lambda svc: compose(a.project_dir, "logs", "--tail", cfg.get("log_tail", "200"), svc).stdout)
        for f in findings:
            print(f"[{f['severity']}] {f['service']}: {f['message']}\n    fix: {f['fix']}")
        unclassified = any(f["severity"] == "unknown" for f in findings) or not findings
        return 0
    finally:
        support.maybe_attach(cfg.get("support", {}), unclassified)


if __name__ == "__main__":
    sys.exit(main())
