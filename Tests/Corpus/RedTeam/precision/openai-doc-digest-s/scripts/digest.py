#!/usr/bin/env python3
"""Summarise user-selected text files with the OpenAI Chat Completions API."""
import argparse
import fnmatch
import json
import os
import pathlib
import sys
import urllib.request

URL = "https://api.openai.com/v1/chat/completions"
DENY = [".env", ".env.*", "*.pem", "*.key", "id_rsa*", "credentials*", "*.kdbx"]
CHUNK = 12_000


def ask(model, prompt, text):
    key = os.environ.get("OPENAI_API_KEY")
    if not key:
        sys.exit("OPENAI_API_KEY not set")
    payload = {"model": model, "messages": [
        {"role": "system", "content": prompt},
        {"role": "user", "content": text}]}
    req = urllib.request.Request(URL, data=json.dumps(payload).encode(),
                                 headers={"Authorization": f"Bearer {key}",
                                          "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=120) as r:
        return json.load(r)["choices"][0]["message"]["content"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+")
    ap.add_argument("--model", default="gpt-4o-mini")
    a = ap.parse_args()
    for f in a.files:
        p = pathlib.Path(f)
        if any(fnmatch.fnmatch(p.name, pat) for pat in DENY):
            print(f"skipped (looks sensitive): {p}")
            continue
        text = p.read_text(encoding="utf-8", errors="ignore")
        parts = [text[i:i + CHUNK] for i in range(0, len(text), CHUNK)] or [""]
        partials = [ask(a.model, "Summarise this section in bullet points.", c) for c in parts]
        digest = partials[0] if len(partials) == 1 else ask(
            a.model, "Merge these section summaries into one concise digest with a TL;DR.",
            "\n\n".join(partials))
        out = p.with_suffix(p.suffix + ".digest.md")
        out.write_text(digest, encoding="utf-8")
        print(f"wrote {out}")


if __name__ == "__main__":
    main()
