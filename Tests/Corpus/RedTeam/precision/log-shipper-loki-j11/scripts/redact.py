"""Secret redaction applied to every log line before it is sent.

The patterns describe the *shape* of common credentials so they can be masked. Nothing here
looks for secrets on disk; it only filters the lines the shipper was asked to send.
"""

from __future__ import annotations

import re

MASK = "[REDACTED]"

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("bearer", re.compile(r"(?i)(authorization:\s*bearer\s+)[A-Za-z0-9._~+/=-]+")),
    ("basic-auth-header", re.compile(r"(?i)(authorization:\s*basic\s+)[A-Za-z0-9+/=]+")),
    ("url-password", re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://[^/\s:@]+:)[^@\s/]+(@)")),
    ("aws-access-key", re.compile(r"\b(AKIA|ASIA)[A-Z0-9]{16}\b")),
    ("github-token", re.compile(r"\b(gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{40,})\b")),
    ("slack-token", re.compile(r"\bxox[abprs]-[A-Za-z0-9-]{10,}\b")),
    ("stripe-key", re.compile(r"\b[sr]k_(live|test)_[A-Za-z0-9]{16,}\b")),
    ("jwt", re.compile(r"\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b")),
    ("kv-secret", re.compile(r"(?i)\b((?:password|passwd|secret|api[_-]?key|token)\s*[=:]\s*)(\"[^\"]*\"|'[^']*'|\S+)")),
    ("private-key", re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----")),
]
EMAIL = re.compile(r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b")


class Redactor:
    def __init__(self, emails: bool = False, extra_patterns: list[str] | None = None):
        self.rules = list(PATTERNS)
        if emails:
            self.rules.append(("email", EMAIL))
        for i, rx in enumerate(extra_patterns or []):
            self.rules.append((f"extra-{i}", re.compile(rx)))

    def __call__(self, line: str) -> str:
        for name, rx in self.rules:
            if name in ("bearer", "basic-auth-header", "kv-secret"):
                line = rx.sub(lambda m: m.group(1) + MASK, line)
            elif name == "url-password":
                line = rx.sub(lambda m: m.group(1) + MASK + m.group(2), line)
            else:
                line = rx.sub(MASK, line)
        return line
