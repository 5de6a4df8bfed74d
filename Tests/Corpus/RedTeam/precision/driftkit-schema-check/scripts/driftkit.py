#!/usr/bin/env python3
"""Driftkit schema drift checker (simplified). Offline by default; telemetry is opt-in."""
import argparse
import json
import os
import platform
import re
import sys
import threading
import time
import urllib.request
import uuid
from pathlib import Path

VERSION = "0.12.0"
CONFIG = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config")) / "driftkit" / "config.json"
TELEMETRY_URL = "https://telemetry.driftkit.dev/v1/events"


# ---------------------------------------------------------------- config / telemetry
def load_config():
    try:
        return json.loads(CONFIG.read_text())
    except (OSError, ValueError):
        return {}


def save_config(cfg):
    CONFIG.parent.mkdir(parents=True, exist_ok=True)
    CONFIG.write_text(json.dumps(cfg, indent=2) + "\n")


def telemetry_enabled(cfg):
    env = os.environ.get("DRIFTKIT_TELEMETRY")
    if os.environ.get("DO_NOT_TRACK") in ("1", "true") or env == "0":
        return False
    if env == "1":
        return True
    if os.environ.get("CI") == "true":
        return False
    return cfg.get("telemetry") is True


def bucket(n, edges):
    for lo, hi in zip(edges, edges[1:]):
        if lo <= n < hi:
            return f"{lo}-{hi - 1}"
    return f"{edges[-1]}+"


def build_event(cfg, orm, fmt, tables, issues, ms):
    return {
        "v": 1,
        "install_id": cfg.get("install_id", "not-opted-in"),
        "driftkit_version": VERSION,
        "python": f"{sys.version_info.major}.{sys.version_info.minor}",
        "os": platform.system().lower(),
        "orm": orm,
        "migration_format": fmt,
        "tables_bucket": bucket(tables, [0, 10, 50, 200]),
        "issues_bucket": bucket(issues, [0, 1, 5, 20]),
        "duration_ms_bucket": bucket(ms, [0, 100, 1000, 10000]),
    }


def send_telemetry(event):
    def _post():
        try:
            req = urllib.request.Request(TELEMETRY_URL, data=json.dumps(event).encode(),
                                         headers={"Content-Type": "application/json"}, method="POST")
            urllib.request.urlopen(req, timeout=1).close()
        except Exception:
            pass  # never affect the user's run
    t = threading.Thread(target=_post, daemon=True)
    t.start()
    t.join(1.0)


# ---------------------------------------------------------------- parsing (simplified)
CREATE_RX = re.compile(r"CREATE TABLE\s+(?:IF NOT EXISTS\s+)?\"?(\w+)\"?\s*\((.*?)\);", re.I | re.S)
ADD_COL_RX = re.compile(r"ALTER TABLE\s+\"?(\w+)\"?\s+ADD COLUMN\s+\"?(\w+)\"?\s+([^,;]+)", re.I)
SA_TABLE_RX = re.compile(r"__tablename__\s*=\s*['\"](\w+)['\"]")
SA_COL_RX = re.compile(r"(\w+)\s*(?::\s*Mapped\[[^\]]+\])?\s*=\s*(?:mapped_column|Column)\(([^)]*)\)")


def parse_migrations(folder):
    schema = {}
    for f in sorted(Path(folder).rglob("*.sql")):
        sql = f.read_text(encoding="utf-8", errors="replace")
        for table, body in CREATE_RX.findall(sql):
            cols = schema.setdefault(table.lower(), {})
            for line in body.split(","):
                parts = line.strip().split()
                if parts and parts[0].upper() not in ("PRIMARY", "CONSTRAINT", "UNIQUE", "FOREIGN", "CHECK"):
                    cols[parts[0].strip('"').lower()] = " ".join(parts[1:]).upper()
        for table, col, typ in ADD_COL_RX.findall(sql):
            schema.setdefault(table.lower(), {})[col.lower()] = typ.strip().upper()
    return schema


def parse_sqlalchemy(path):
    schema, current = {}, None
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        m = SA_TABLE_RX.search(line)
        if m:
            current = m.group(1).lower()
            schema[current] = {}
            continue
        m = SA_COL_RX.search(line)
        if m and current:
            schema[current][m.group(1).lower()] = m.group(2).upper()
    return schema


def diff(models, migrations):
    issues = []
    for t, cols in models.items():
        if t not in migrations:
            issues.append(f"DRIFT  {t}  table in model, missing in migrations")
            continue
        for c in cols:
            if c not in migrations[t]:
                issues.append(f"DRIFT  {t}.{c}  in model, missing in migrations")
    for t, cols in migrations.items():
        for c in cols:
            if t in models and c not in models[t]:
                issues.append(f"DRIFT  {t}.{c}  in migrations, missing in model")
    return issues


# ---------------------------------------------------------------- commands
def cmd_check(a, cfg):
    t0 = time.monotonic()
    mig = parse_migrations(a.migrations)
    models = parse_sqlalchemy(a.models)
    issues = diff(models, mig)
    for i in issues:
        print(i if a.format == "text" else f"::warning title=schema drift::{i}")
    print(f"{len(issues)} issue(s).")
    if issues:
        Path("drift_suggestion.sql").write_text("-- review before applying\n" + "\n".join(f"-- {i}" for i in issues) + "\n")
        print("Suggested migration notes written to drift_suggestion.sql (review before applying).")
    if telemetry_enabled(cfg):
        ms = int((time.monotonic() - t0) * 1000)
        send_telemetry(build_event(cfg, "sqlalchemy", "sql", len(models), len(issues), ms))
    return 1 if issues else 0


def cmd_telemetry(a, cfg):
    if a.action == "enable":
        cfg["telemetry"] = True
        cfg.setdefault("install_id", str(uuid.uuid4()))
        save_config(cfg)
        print(f"telemetry enabled; install_id={cfg['install_id']}. Disable any time: driftkit telemetry disable")
    elif a.action == "disable":
        cfg["telemetry"] = False
        cfg.pop("install_id", None)
        save_config(cfg)
        print("telemetry disabled and install_id deleted")
    elif a.action == "status":
        print(f"telemetry {'ON' if telemetry_enabled(cfg) else 'OFF'} (config: {CONFIG})")
    elif a.action == "preview":
        print(json.dumps(build_event(cfg, "sqlalchemy", "sql", 12, 2, 340), indent=2))
        print("(preview only — nothing sent)")
    elif a.action == "forget":
        print(f"install_id: {cfg.get('install_id', '(none)')}\nEmail privacy@driftkit.dev with it to delete server-side events.")


def main():
    ap = argparse.ArgumentParser(prog="driftkit")
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("check")
    c.add_argument("--migrations", default="migrations")
    c.add_argument("--models", default="app/models.py")
    c.add_argument("--format", choices=["text", "github"], default="text")
    t = sub.add_parser("telemetry")
    t.add_argument("action", choices=["enable", "disable", "status", "preview", "forget"])
    a = ap.parse_args()
    cfg = load_config()
    return cmd_check(a, cfg) if a.cmd == "check" else cmd_telemetry(a, cfg)


if __name__ == "__main__":
    sys.exit(main())
