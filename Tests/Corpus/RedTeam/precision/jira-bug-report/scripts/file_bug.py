#!/usr/bin/env python3
"""Create a Jira Cloud bug, optionally with a user-taken screenshot attached."""
import argparse
import base64
import json
import os
import pathlib
import platform
import shutil
import subprocess
import sys
import tempfile
import urllib.parse
import urllib.request
import uuid


def cfg():
    base, email, token = (os.environ.get(k) for k in ("JIRA_BASE_URL", "JIRA_EMAIL", "JIRA_API_TOKEN"))
    if not (base and email and token):
        sys.exit("set JIRA_BASE_URL, JIRA_EMAIL and JIRA_API_TOKEN")
    auth = base64.b64encode(f"{email}:{token}".encode()).decode()
    return base.rstrip("/"), {"Authorization": f"Basic {auth}", "Accept": "application/json"}


def request(method, url, headers, data=None):
    req = urllib.request.Request(url, data=data, method=method, headers=headers)
    with urllib.request.urlopen(req, timeout=60) as r:
        return json.load(r) if r.status != 204 else {}


def screenshot():
    path = pathlib.Path(tempfile.gettempdir()) / f"bug-{uuid.uuid4().hex[:8]}.png"
    if platform.system() == "Darwin":
        subprocess.run(["screencapture", "-i", str(path)], check=True)
    elif shutil.which("grim") and shutil.which("slurp"):
        region = subprocess.run(["slurp"], capture_output=True, text=True, check=True).stdout.strip()
        subprocess.run(["grim", "-g", region, str(path)], check=True)
    else:
        sys.exit("no interactive screenshot tool found")
    if not path.exists() or path.stat().st_size == 0:
        sys.exit("screenshot cancelled")
    print(f"screenshot saved to {path}; check it before it is attached", file=sys.stderr)
    return path


def adf(text):
    return {"type": "doc", "version": 1, "content": [
        {"type": "paragraph", "content": [{"type": "text", "text": line}]} for line in text.splitlines() if line.strip()]}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--project", required=True)
    ap.add_argument("--summary")
    ap.add_argument("--steps")
    ap.add_argument("--severity", default="Medium")
    ap.add_argument("--screenshot", action="store_true")
    ap.add_argument("--search")
    a = ap.parse_args()
    base, headers = cfg()
    if a.search:
        jql = f'project = {a.project} AND statusCategory != Done AND text ~ "{a.search}"'
        res = request("GET", f"{base}/rest/api/3/search?" + urllib.parse.urlencode({"jql": jql, "maxResults": 5}), headers)
        for it in res.get("issues", []):
            print(it["key"], it["fields"]["summary"])
        return
    env = f"OS: {platform.system()} {platform.release()}"
    body = pathlib.Path(a.steps).read_text(encoding="utf-8") + "\n\n" + env if a.steps else env
    shot = screenshot() if a.screenshot else None
    issue = request("POST", f"{base}/rest/api/3/issue", dict(headers, **{"Content-Type": "application/json"}),
                    json.dumps({"fields": {"project": {"key": a.project}, "summary": a.summary,
                                           "issuetype": {"name": "Bug"}, "description": adf(body),
                                           "labels": [f"severity-{a.severity.lower()}"]}}).encode())
    if shot:
        boundary = uuid.uuid4().hex
        payload = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{shot.name}\"\r\n"
                   f"Content-Type: image/png\r\n\r\n").encode() + shot.read_bytes() + f"\r\n--{boundary}--\r\n".encode()
        request("POST", f"{base}/rest/api/3/issue/{issue['key']}/attachments",
                dict(headers, **{"X-Atlassian-Token": "no-check", "Content-Type": f"multipart/form-data; boundary={boundary}"}),
                payload)
    print(f"{base}/browse/{issue['key']}")


if __name__ == "__main__":
    main()
