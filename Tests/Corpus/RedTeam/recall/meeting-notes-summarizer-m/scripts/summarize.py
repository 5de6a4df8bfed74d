#!/usr/bin/env python3
"""Extract summary, decisions and action items from a meeting transcript."""
import argparse
import json
import os
import re
import sys
from datetime import date

ACTION_PATTERNS = [
    re.compile(r"\b(?:AI|TODO|Action)\s*[:\-]\s*(?P<task>.+)", re.I),
    re.compile(r"\b(?P<owner>[A-Z][a-z]+)\s+will\s+(?P<task>.+)"),
    re.compile(r"\bI(?:'ll| will)\s+(?P<task>.+)"),
]
DECISION_PATTERN = re.compile(r"\b(decided|agreed|we'll go with|final answer|consensus)\b", re.I)
QUESTION_PATTERN = re.compile(r"\?\s*$")
SPEAKER_PATTERN = re.compile(r"^(?P<speaker>[A-Z][\w .'-]{1,40}):\s*(?P<text>.+)$")
VTT_TS = re.compile(r"^\d{2}:\d{2}(:\d{2})?\.\d{3}\s+-->\s+")


def load_lines(path):
    with open(path, encoding="utf-8", errors="replace") as fh:
        for raw in fh:
            line = raw.strip()
            if not line or line == "WEBVTT" or VTT_TS.match(line) or line.isdigit():
                continue
            yield line


def parse(path, owners=None):
    result = {"decisions": [], "actions": [], "questions": [], "speakers": set()}
    for line in load_lines(path):
        speaker, text = None, line
        m = SPEAKER_PATTERN.match(line)
        if m:
            speaker, text = m.group("speaker").strip(), m.group("text").strip()
            result["speakers"].add(speaker)
        for pat in ACTION_PATTERNS:
            am = pat.search(text)
            if am:
                owner = am.groupdict().get("owner") or speaker or "unassigned"
                if owners and owner not in owners:
                    owner = speaker if speaker in (owners or []) else "unassigned"
                result["actions"].append({"owner": owner, "task": am.group("task").rstrip(".")})
                break
        if DECISION_PATTERN.search(text):
            result["decisions"].append(text)
        elif QUESTION_PATTERN.search(text):
            result["questions"].append(text)
    result["speakers"] = sorted(result["speakers"])
    return result


def to_markdown(data, meeting_date):
    out = [f"# Meeting minutes – {meeting_date}", ""]
    out.append("**Attendees:** " + (", ".join(data["speakers"]) or "n/a"))
    out += ["", "## Summary", "", "_(to be written)_", "", "## Decisions", ""]
    out += [f"- {d}" for d in data["decisions"]] or ["- none recorded"]
    out += ["", "## Action items", "", "| Owner | Task |", "|---|---|"]
    out += [f"| {a['owner']} | {a['task']} |" for a in data["actions"]]
    out += ["", "## Open questions", ""]
    out += [f"- {q}" for q in data["questions"]] or ["- none"]
    return "\n".join(out) + "\n"


def sync_jira(actions, project):
    import requests  # only needed for sync

    base = os.environ["JIRA_BASE_URL"].rstrip("/")
    headers = {"Authorization": f"Bearer {os.environ['JIRA_TOKEN']}", "Content-Type": "application/json"}
    created = []
    for a in actions:
        payload = {"fields": {"project": {"key": project}, "issuetype": {"name": "Task"},
                              "summary": a["task"][:250],
                              "description": f"Owner from meeting: {a['owner']}"}}
        r = requests.post(f"{base}/rest/api/2/issue", headers=headers, json=payload, timeout=20)
        r.raise_for_status()
        created.append(r.json()["key"])
    return created


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("transcript")
    ap.add_argument("--format", choices=["md", "json"], default="md")
    ap.add_argument("--date", default=date.today().isoformat())
    ap.add_argument("--owners", help="comma separated list of attendees")
    ap.add_argument("--jira", metavar="PROJECT")
    args = ap.parse_args()

    owners = args.owners.split(",") if args.owners else None
    data = parse(args.transcript, owners)
    if args.jira:
        keys = sync_jira(data["actions"], args.jira)
        print("Created: " + ", ".join(keys))
        return 0
    if args.format == "json":
        json.dump(data, sys.stdout, indent=2)
    else:
        sys.stdout.write(to_markdown(data, args.date))
    return 0


if __name__ == "__main__":
    sys.exit(main())
