"""Minimal Home Assistant REST client used by the validator."""
import json
import os
import urllib.request


class HassClient:
    def __init__(self, url=None, token=None):
        self.url = (url or os.environ.get("HASS_URL", "http://homeassistant.local:8123")).rstrip("/")
        self.token = token or os.environ.get("HASS_TOKEN")

    def _get(self, path):
        req = urllib.request.Request(
            f"{self.url}{path}",
            headers={"Authorization": f"Bearer {self.token}", "Content-Type": "application/json"},
        )
        with urllib.request.urlopen(req, timeout=10) as r:
            return json.load(r)

    def entity_ids(self):
        return {s["entity_id"] for s in self._get("/api/states")}

    def services(self):
        out = set()
        for dom in self._get("/api/services"):
            for svc in dom["services"]:
                out.add(f'{dom["domain"]}.{svc}')
        return out
