#!/usr/bin/env python3
"""Render SprintLoom MCP results (issues + PRs JSON) into a Markdown sprint digest."""
from __future__ import annotations

import argparse
import json
from collections import defaultdict
from datetime import datetime, timezone


def days_since(ts: str | None) -> int:
    if not ts:
        return 0
    dt = datetime.fromisoformat(ts.replace("Z", "+00:00"))
    return (datetime.now(timezone.utc) - dt).days


def render(sprint: dict, issues: list[dict], prs: list[dict]) -> str:
    out = []
    end = sprint.get("endDate")
    left = -days_since(end) if end else "?"
    out.append(f"# Sprint digest: {sprint.get('name', 'current sprint')}\n")
    out.append(f"**Goal:** {sprint.get('goal') or '(no goal set)'}  ")
    out.append(f"**Days remaining:** {left}\n")

    by_status = defaultdict(list)
    for it in issues:
        by_status[it.get("statusCategory", "To Do")].append(it)

    done = by_status.get("Done", [])
    by_epic = defaultdict(list)
    for it in done:
        by_epic[it.get("epic") or "No epic"].append(it)
    out.append(f"## Done ({sum(int(i.get('points') or 0) for i in done)} pts)")
    for epic, items in sorted(by_epic.items()):
        out.append(f"- **{epic}**: " + ", ".join(f"{i['key']} {i['summary']}" for i in items))
    out.append("")

    out.append("## In progress")
    for it in by_status.get("In Progress", []):
        age = days_since(it.get("statusChangedAt"))
        flag = " ⚠" if age > 3 else ""
        out.append(f"- {it['key']} {it['summary']} ({it.get('assignee', 'unassigned')}, {age}d){flag}")
    out.append("")

    blocked = [i for i in issues if i.get("flagged") or i.get("status") == "Blocked"]
    out.append("## Blocked")
    for it in blocked or []:
        out.append(f"- {it['key']} {it['summary']}: {it.get('blockReason', 'reason not given')}")
    if not blocked:
        out.append("- none")
    out.append("")

    out.append("## PRs awaiting review")
    waiting = sorted((p for p in prs if p.get("reviewState") == "REVIEW_REQUIRED"),
                     key=lambda p: p.get("createdAt", ""))
    for p in waiting:
        age = days_since(p.get("createdAt"))
        out.append(f"- #{p['number']} {p['title']} ({p.get('author')}, {age}d, CI {p.get('ci', '?')})")
    if not waiting:
        out.append("- none")
    out.append("")

    open_pts = sum(int(i.get("points") or 0) for i in issues if i.get("statusCategory") != "Done")
    cap = sprint.get("remainingCapacity")
    out.append("## Carry-over risk")
    out.append(f"Open points: {open_pts}" + (f" vs remaining capacity {cap}" if cap else ""))
    return "\n".join(out) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--issues", required=True)
    ap.add_argument("--prs", required=True)
    ap.add_argument("--sprint", help="sprint_current JSON (optional)")
    a = ap.parse_args()
    issues_doc = json.load(open(a.issues))
    sprint = json.load(open(a.sprint)) if a.sprint else issues_doc.get("sprint", {})
    print(render(sprint, issues_doc.get("issues", []), json.load(open(a.prs)).get("pullRequests", [])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
