"""Turn Sentry issue objects into a compact digest (plain text + Slack blocks)."""

from __future__ import annotations

import re

LEVEL_EMOJI = {"fatal": ":red_circle:", "error": ":large_orange_circle:", "warning": ":large_yellow_circle:"}
_QUOTED = re.compile(r"(['\"]).*?\1")
_NUMBER = re.compile(r"\b\d{3,}\b")


def redact_title(title: str) -> str:
    """Hide quoted values and long numbers that exception messages sometimes carry."""
    return _NUMBER.sub("…", _QUOTED.sub("'…'", title))


def summarise(issue: dict, redact: bool) -> dict:
    title = issue.get("title", "")
    return {
        "id": issue.get("shortId"),
        "title": redact_title(title) if redact else title,
        "culprit": issue.get("culprit") or "",
        "level": issue.get("level", "error"),
        "count": int(issue.get("count", 0)),
        "users": int(issue.get("userCount", 0)),
        "link": issue.get("permalink"),
        "is_regression": issue.get("substatus") == "regressed",
    }


def build(issues: list[dict], project: str, period: str, redact: bool = False) -> tuple[str, list[dict]]:
    rows = [summarise(i, redact) for i in issues]
    header = f"Sentry digest for {project}: {len(rows)} unresolved issue(s) in the last {period}"
    lines = [header]
    blocks: list[dict] = [{"type": "header", "text": {"type": "plain_text", "text": header[:150]}}]
    for r in rows:
        tag = " (regressed)" if r["is_regression"] else ""
        lines.append(f"- [{r['id']}] {r['title']}{tag} | {r['count']} events, {r['users']} users | {r['link']}")
        blocks.append(
            {
                "type": "section",
                "text": {
                    "type": "mrkdwn",
                    "text": (
                        f"{LEVEL_EMOJI.get(r['level'], ':white_circle:')} <{r['link']}|{r['id']}> "
                        f"*{r['title'][:200]}*{tag}\n`{r['culprit'][:120]}` · "
                        f"{r['count']} events · {r['users']} users"
                    ),
                },
            }
        )
    if not rows:
        lines.append("Nothing unresolved. :tada:")
    return "\n".join(lines), blocks[:50]  # Slack allows at most 50 blocks
