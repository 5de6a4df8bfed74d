"""Settings for the digest.

Only the keys in ``KNOWN_KEYS`` are read, from the process environment first and then from a
``.env`` file in the current working directory. Other variables, and other lines of the
``.env`` file, are never read into memory as settings, logged or sent anywhere.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

KNOWN_KEYS = (
    "SENTRY_AUTH_TOKEN",
    "SENTRY_ORG",
    "SENTRY_PROJECT",
    "SENTRY_BASE_URL",
    "SLACK_WEBHOOK_URL",
)
SLACK_WEBHOOK_HOST = "hooks.slack.com"


class ConfigError(RuntimeError):
    pass


@dataclass(frozen=True)
class Settings:
    sentry_token: str
    org: str
    project: str
    sentry_base_url: str
    slack_webhook_url: str | None

    def __repr__(self) -> str:  # never show secrets in tracebacks or logs
        return (
            f"Settings(org={self.org!r}, project={self.project!r}, "
            f"sentry_base_url={self.sentry_base_url!r}, "
            f"sentry_token={'***' if self.sentry_token else None}, "
            f"slack_webhook_url={'***' if self.slack_webhook_url else None})"
        )


def _read_dotenv(path: Path) -> dict[str, str]:
    """Parse KEY=VALUE lines, keeping only KNOWN_KEYS."""
    values: dict[str, str] = {}
    if not path.is_file():
        return values
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.partition("=")
        key = key.strip().removeprefix("export ").strip()
        if key not in KNOWN_KEYS:
            continue
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        values[key] = value
    return values


def load_settings(require_slack: bool = False, cwd: Path | None = None) -> Settings:
    file_values = _read_dotenv((cwd or Path.cwd()) / ".env")

    def get(key: str, default: str | None = None) -> str | None:
        return os.environ.get(key) or file_values.get(key) or default

    missing = [k for k in ("SENTRY_AUTH_TOKEN", "SENTRY_ORG", "SENTRY_PROJECT") if not get(k)]
    if require_slack and not get("SLACK_WEBHOOK_URL"):
        missing.append("SLACK_WEBHOOK_URL")
    if missing:
        raise ConfigError("Missing settings: " + ", ".join(missing) + " (see .env.example)")

    base_url = get("SENTRY_BASE_URL", "https://sentry.io").rstrip("/")
    if urlparse(base_url).scheme != "https":
        raise ConfigError("SENTRY_BASE_URL must be https://")

    webhook = get("SLACK_WEBHOOK_URL")
    if webhook:
        parsed = urlparse(webhook)
        if parsed.scheme != "https" or parsed.hostname != SLACK_WEBHOOK_HOST:
            raise ConfigError(
                f"SLACK_WEBHOOK_URL must be an https://{SLACK_WEBHOOK_HOST}/services/... URL"
            )

    return Settings(
        sentry_token=get("SENTRY_AUTH_TOKEN"),
        org=get("SENTRY_ORG"),
        project=get("SENTRY_PROJECT"),
        sentry_base_url=base_url,
        slack_webhook_url=webhook,
    )
