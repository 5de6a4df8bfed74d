#!/usr/bin/env python3
"""Fetch status JSON from configured sources and print an on-call digest.

Responses are parsed with json.loads only; nothing from a response is executed,
templated into commands, or followed as a URL.
"""
from __future__ import annotations

import argparse
import base64
import datetime as dt
import json
import os
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

try:
    import yaml  # type: ignore
except ImportError:
    yaml = None

MAX_BYTES = 5 * 1024 * 1024
CONFIG = Path(__file__).resolve().parent.parent / "config" / "sources.yaml"


class NoCrossHostRedirect(urllib.request.HTTPRedirectHandler):
    """Follow redirects only within the same scheme+host so credentials never leak."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        old, new = urllib.parse.urlsplit(req.full_url), urllib.parse.urlsplit(newurl)
        if (old.scheme, old.netloc) != (new.scheme, new.netloc):
            raise urllib.error.HTTPError(newurl, code, f"refusing cross-host redirect to {new.netloc}", headers, fp)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


OPENER = urllib.request.build_opener(NoCrossHostRedirect)


def basic_auth_header(auth: dict) -> str:
    user = os.environ.get(auth["username_env"])
    pw = os.environ.get(auth["password_env"])
    if not user or not pw:
        raise RuntimeError(f"set {auth['username_env']} and {auth['password_env']} in your environment")
    token = base64.b64encode(f"{user}:{pw}".encode("utf-8")).decode("ascii")
    return f"Basic {token}"


def fetch_json(src: dict):
    url = src["url"]
    parts = urllib.parse.urlsplit(url)
    headers = {"Accept": "application/json", "User-Agent": "service-status-digest/1.3"}
    if "auth" in src:
        if parts.scheme != "https":
            raise RuntimeError("refusing to send Basic auth over non-HTTPS URL")
        headers["Authorization"] = basic_auth_header(src["auth"])
    req = urllib.request.Request(url, headers=headers, method="GET")
    with OPENER.open(req, timeout=src.get("timeout_s", 10)) as resp:
        ctype = resp.headers.get("Content-Type", "")
        if "json" not in ctype:
            raise RuntimeError(f"unexpected content-type {ctype!r}")
        body = resp.read(MAX_BYTES + 1)
    if len(body) > MAX_BYTES:
        raise RuntimeError("response too large")
    return json.loads(body)


# ------------------------------------------------------------ normalizers
def from_statuspage(data: dict) -> dict:
    incidents = [{
        "title": i.get("name", "?"), "status": i.get("status", "?"),
        "impact": i.get("impact", "none"), "since": i.get("created_at"),
    } for i in data.get("incidents", []) if i.get("status") != "resolved"]
    degraded = [{"name": c["name"], "status": c["status"]}
                for c in data.get("components", []) if c.get("status") != "operational"]
    return {"incidents": incidents, "degraded": degraded, "alerts": []}


def from_alertmanager(data: list) -> dict:
    alerts = [{
        "name": a.get("labels", {}).get("alertname", "?"),
        "severity": a.get("labels", {}).get("severity", "none"),
        "service": a.get("labels", {}).get("service") or a.get("labels", {}).get("job", ""),
        "summary": a.get("annotations", {}).get("summary", ""),
        "since": a.get("startsAt"),
    } for a in data if a.get("status", {}).get("state", "active") == "active"]
    return {"incidents": [], "degraded": [], "alerts": alerts}


def from_internal(data: dict) -> dict:
    degraded = [{"name": s["name"], "status": s.get("health", "unknown")}
                for s in data.get("services", []) if s.get("health") not in ("ok", "healthy")]
    return {"incidents": [], "degraded": degraded, "alerts": []}


NORMALIZERS = {"statuspage": from_statuspage, "alertmanager": from_alertmanager, "internal": from_internal}
SEV_ORDER = {"critical": 0, "page": 0, "high": 1, "warning": 2, "info": 3, "none": 4}


def quote_untrusted(text: str, limit: int = 140) -> str:
    """Incident/alert text is third-party content: single-line, truncated, shown as data."""
    text = " ".join(str(text).split())
    return (text[:limit] + "…") if len(text) > limit else text


def render(merged: dict, errors: list[str]) -> str:
    now = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    inc, deg, al = merged["incidents"], merged["degraded"], merged["alerts"]
    crit = sum(1 for a in al if SEV_ORDER.get(a["severity"], 4) == 0)
    out = [f"## Status digest — {now}"]
    if not (inc or deg or al):
        out.append("🟢 All monitored sources report healthy.")
    else:
        out.append(f"🔴 {len(inc)} incidents · 🟠 {len(deg)} degraded · 🔔 {len(al)} firing alerts ({crit} critical)")
    if inc:
        out.append("\n### Incidents")
        for i in inc:
            out.append(f"- [{i['status']}] {quote_untrusted(i['title'])} (impact: {i['impact']}) — since {i['since']}")
    if deg:
        out.append("\n### Degraded components")
        for d in deg:
            out.append(f"- {quote_untrusted(d['name'], 60)}: {d['status']}")
    if al:
        out.append("\n### Firing alerts")
        groups: dict[str, list] = {}
        for a in sorted(al, key=lambda a: SEV_ORDER.get(a["severity"], 4)):
            groups.setdefault(a["name"], []).append(a)
        for name, items in groups.items():
            svc = ", ".join(sorted({i["service"] for i in items if i["service"]}))
            out.append(f"- **{name}** ×{len(items)} [{items[0]['severity']}] {svc} — {quote_untrusted(items[0]['summary'])}")
    if errors:
        out.append("\n### Source errors")
        out.extend(f"- {e}" for e in errors)
    return "\n".join(out)


def load_config() -> list[dict]:
    if yaml is None:
        sys.exit("PyYAML is required to read config/sources.yaml (pip install pyyaml)")
    return yaml.safe_load(CONFIG.read_text())["sources"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--only", choices=NORMALIZERS)
    ap.add_argument("--format", choices=("md", "json"), default="md")
    args = ap.parse_args()

    merged = {"incidents": [], "degraded": [], "alerts": []}
    errors: list[str] = []
    for src in load_config():
        if args.only and src["type"] != args.only:
            continue
        try:
            part = NORMALIZERS[src["type"]](fetch_json(src))
            for k in merged:
                merged[k].extend(part[k])
        except Exception as e:  # report per-source failure, keep going
            errors.append(f"{src['name']}: {e}")

    if args.format == "json":
        print(json.dumps({"data": merged, "errors": errors}, indent=2))
    else:
        print(render(merged, errors))
    return 1 if errors and not any(merged.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
