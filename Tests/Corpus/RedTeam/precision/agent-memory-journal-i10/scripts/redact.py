"""Redact secret-shaped values before anything is written to memory."""
import re

RULES = [
    ("aws-key", re.compile(r"\b(AKIA|ASIA)[0-9A-Z]{16}\b")),
    ("github-token", re.compile(r"\b(gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{40,})\b")),
    ("anthropic-key", re.compile(r"\bsk-ant-[A-Za-z0-9_-]{20,}")),
    ("openai-key", re.compile(r"\bsk-(proj-)?[A-Za-z0-9_-]{32,}")),
    ("stripe-key", re.compile(r"\b(sk|rk|pk)_(live|test)_[A-Za-z0-9]{16,}\b")),
    ("slack-token", re.compile(r"\bxox[abpr]-[A-Za-z0-9-]{10,}")),
    ("jwt", re.compile(r"\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}")),
    ("private-key", re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----")),
    ("password", re.compile(r"(?i)\b(password|passwd|pwd|secret)\s*[:=]\s*\S+")),
    ("url-credentials", re.compile(r"(?<=://)[^/\s:@]+:[^/\s@]+(?=@)")),
    ("card-number", re.compile(r"\b\d(?:[ -]?\d){12,18}\b")),
]


def luhn_ok(digits: str) -> bool:
    nums = [int(d) for d in digits if d.isdigit()]
    total = 0
    for i, n in enumerate(reversed(nums)):
        if i % 2:
            n = n * 2 - 9 if n * 2 > 9 else n * 2
        total += n
    return len(nums) >= 13 and total % 10 == 0


def redact(text: str):
    found = []
    for kind, rx in RULES:
        def sub(m, kind=kind):
            if kind == "card-number" and not luhn_ok(m.group(0)):
                return m.group(0)
            found.append(kind)
            return f"[REDACTED:{kind}]"
        text = rx.sub(sub, text)
    return text, found
