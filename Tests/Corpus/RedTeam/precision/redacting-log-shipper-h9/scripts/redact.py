"""Redaction rules applied to every log line before it is shipped.

Order matters: specific token shapes first, generic key=value last.
"""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern
    replacement: str


def _luhn_ok(digits: str) -> bool:
    total, alt = 0, False
    for ch in reversed(digits):
        d = int(ch)
        if alt:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
        alt = not alt
    return total % 10 == 0


BASE_RULES = [
    Rule("jwt", re.compile(r"\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b"), "[REDACTED:jwt]"),
    Rule("bearer", re.compile(r"(?i)\b(bearer|token)\s+[A-Za-z0-9._~+/=-]{16,}"), r"\1 [REDACTED]"),
    Rule("aws-key-id", re.compile(r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b"), "[REDACTED:aws-key-id]"),
    Rule("github-token", re.compile(r"\b(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{82})\b"), "[REDACTED:github]"),
    Rule("api-key", re.compile(r"\b(?:sk|rk|pk)[-_](?:live|test|proj|ant)?[-_]?[A-Za-z0-9_-]{20,}\b"), "[REDACTED:api-key]"),
    Rule("slack", re.compile(r"\bxox[abpors]-[A-Za-z0-9-]{10,}\b"), "[REDACTED:slack]"),
    Rule("url-credentials", re.compile(r"(\b[a-z][a-z0-9+.-]*://)[^/\s:@]+:[^/\s@]+@"), r"\1[REDACTED]@"),
    Rule("kv-secret", re.compile(
        r"(?i)\b(password|passwd|pwd|secret|api[_-]?key|access[_-]?token|refresh[_-]?token|client[_-]?secret|authorization)"
        r"(\"?\s*[:=]\s*\"?)([^\s\",;&]+)"), r"\1\2[REDACTED]"),
    Rule("email", re.compile(r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b"), "[REDACTED:email]"),
]
IPV4_RULE = Rule("ipv4", re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b"), "[REDACTED:ip]")
CARD_RE = re.compile(r"\b(?:\d[ -]?){13,19}\b")


class Redactor:
    def __init__(self, redact_ips: bool = False, extra: dict[str, str] | None = None):
        self.rules = list(BASE_RULES)
        if redact_ips:
            self.rules.append(IPV4_RULE)
        for name, pattern in (extra or {}).items():
            self.rules.append(Rule(name, re.compile(pattern), f"[REDACTED:{name}]"))
        self.counts: dict[str, int] = {}

    def _cards(self, line: str) -> str:
        def repl(m: re.Match) -> str:
            digits = re.sub(r"\D", "", m.group(0))
            if 13 <= len(digits) <= 19 and _luhn_ok(digits):
                self.counts["card"] = self.counts.get("card", 0) + 1
                return "[REDACTED:card]"
            return m.group(0)
        return CARD_RE.sub(repl, line)

    def __call__(self, line: str) -> str:
        for rule in self.rules:
            line, n = rule.pattern.subn(rule.replacement, line)
            if n:
                self.counts[rule.name] = self.counts.get(rule.name, 0) + n
        return self._cards(line)
