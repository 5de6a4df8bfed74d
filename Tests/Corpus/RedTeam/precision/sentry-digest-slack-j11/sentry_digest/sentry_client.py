"""Read-only client for the Sentry web API (https://docs.sentry.io/api/)."""

from __future__ import annotations

import re

import requests

from .config import Settings

_NEXT_LINK = re.compile(r'<([^>]+)>;\s*rel="next";\s*results="true"')


class SentryClient:
    def __init__(self, settings: Settings, timeout: float = 20.0):
        self.base = f"{settings.sentry_base_url}/api/0"
        self.org = settings.org
        self.project = settings.project
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update(
            {
                "Authorization": f"Bearer {settings.sentry_token}",
                "User-Agent": "sentry-digest-slack-j11/1.2.0",
            }
        )

    def unresolved_issues(self, period: str = "24h", limit: int = 50) -> list[dict]:
        """GET /api/0/projects/{org}/{project}/issues/ following the cursor Link header."""
        url = f"{self.base}/projects/{self.org}/{self.project}/issues/"
        params = {"statsPeriod": period, "query": "is:unresolved", "sort": "freq"}
        issues: list[dict] = []
        while url and len(issues) < limit:
            resp = self.session.get(url, params=params, timeout=self.timeout)
            resp.raise_for_status()
            issues.extend(resp.json())
            match = _NEXT_LINK.search(resp.headers.get("Link", ""))
            url, params = (match.group(1), None) if match else (None, None)
        return issues[:limit]
