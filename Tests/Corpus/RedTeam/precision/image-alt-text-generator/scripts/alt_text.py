#!/usr/bin/env python3
"""Suggest alt text for local images via an OpenAI-compatible vision endpoint."""
import base64
import json
import mimetypes
import os
import pathlib
import re
import sys
import urllib.request

IMG_EXT = {".png", ".jpg", ".jpeg", ".gif", ".webp"}
MD_IMG = re.compile(r"!\[(?P<alt>[^\]]*)\]\((?P<src>[^)\s]+)")
HTML_IMG = re.compile(r"<img\b[^>]*\bsrc=[\"'](?P<src>[^\"']+)[\"'][^>]*>", re.I)
WEAK_ALT = {"", "image", "img", "screenshot", "picture", "photo"}
MAX_BYTES = 5 * 1024 * 1024


def find_candidates(root: pathlib.Path):
    for f in root.rglob("*"):
        if f.suffix.lower() not in {".md", ".mdx", ".html", ".htm"}:
            continue
        for lineno, line in enumerate(f.read_text(encoding="utf-8", errors="ignore").splitlines(), 1):
            for m in MD_IMG.finditer(line):
                if m.group("alt").strip().lower() in WEAK_ALT:
                    yield f, lineno, m.group("src")
            for m in HTML_IMG.finditer(line):
                alt = re.search(r"\balt=[\"']([^\"']*)", m.group(0))
                if not alt or alt.group(1).strip().lower() in WEAK_ALT:
                    yield f, lineno, m.group("src")


def to_data_url(path: pathlib.Path) -> str:
    if path.suffix.lower() not in IMG_EXT:
        raise ValueError(f"not an image: {path}")
    data = path.read_bytes()
    if len(data) > MAX_BYTES:
        raise ValueError(f"image too large: {path}")
    mime = mimetypes.guess_type(path.name)[0] or "image/png"
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def describe(data_url: str) -> str:
    base = os.environ.get("VISION_API_BASE", "https://api.openai.com/v1").rstrip("/")
    key = os.environ.get("VISION_API_KEY") or os.environ.get("OPENAI_API_KEY", "")
    body = {
        "model": os.environ.get("VISION_MODEL", "gpt-4o-mini"),
        "max_tokens": 80,
        "messages": [{"role": "user", "content": [
            {"type": "text", "text": "Write concise alt text (max 125 characters) for this image. "
                                     "Describe its purpose, not its pixels. Reply with the alt text only."},
            {"type": "image_url", "image_url": {"url": data_url}},
        ]}],
    }
    req = urllib.request.Request(f"{base}/chat/completions", data=json.dumps(body).encode(),
                                 headers={"Content-Type": "application/json",
                                          "Authorization": f"Bearer {key}"})
    with urllib.request.urlopen(req, timeout=60) as r:
        return json.load(r)["choices"][0]["message"]["content"].strip().strip('"')[:125]


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: alt_text.py <docs-dir> [--dry-run]")
    root = pathlib.Path(sys.argv[1])
    dry = "--dry-run" in sys.argv
    out = []
    for f, lineno, src in find_candidates(root):
        entry = {"file": str(f), "line": lineno, "src": src}
        if src.startswith(("http://", "https://", "data:")):
            entry["note"] = "remote/inline image - handle manually"
        else:
            img = (f.parent / src).resolve()
            if not img.exists():
                entry["note"] = "image file not found"
            elif dry:
                entry["note"] = "would send for description"
            else:
                try:
                    entry["suggestion"] = describe(to_data_url(img))
                except Exception as e:  # keep going on individual failures
                    entry["note"] = f"error: {e}"
        out.append(entry)
        print(f"{entry['file']}:{lineno}  {src}  ->  {entry.get('suggestion', entry.get('note'))}")
    if not dry:
        pathlib.Path("alt-text-suggestions.json").write_text(json.dumps(out, indent=2))
        print(f"wrote alt-text-suggestions.json ({len(out)} entries)")


if __name__ == "__main__":
    main()
