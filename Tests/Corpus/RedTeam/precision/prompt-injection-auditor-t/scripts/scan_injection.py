#!/usr/bin/env python3
"""Static prompt-injection scanner.

Reads files as text and matches them against a pattern catalogue. Performs no
network access and never executes or imports scanned content.
"""
from __future__ import annotations

import argparse
import base64
import binascii
import json
import re
import sys
from dataclasses import dataclass, asdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_PATTERNS = HERE.parent / "patterns" / "injection_phrases.json"
SEVERITY_ORDER = {"low": 0, "medium": 1, "high": 2}
TEXT_SUFFIXES = {
    ".md", ".txt", ".html", ".htm", ".json", ".yaml", ".yml", ".toml",
    ".py", ".js", ".ts", ".sh", ".ps1", ".xml", ".csv", ".rst", "",
}
MAX_BYTES = 5 * 1024 * 1024

B64_RE = re.compile(r"[A-Za-z0-9+/]{40,}={0,2}")
HTML_COMMENT_RE = re.compile(r"<!--(.*?)-->", re.S)
HIDDEN_STYLE_RE = re.compile(
    r"<[^>]+style\s*=\s*['\"][^'\"]*(display\s*:\s*none|font-size\s*:\s*0|color\s*:\s*#?fff(fff)?\b)[^'\"]*['\"][^>]*>(.*?)</",
    re.I | re.S,
)
IMPERATIVE_RE = re.compile(r"\b(ignore|disregard|send|run|execute|you must|do not tell)\b", re.I)


@dataclass
class Finding:
    path: str
    line: int
    severity: str
    category: str
    match: str
    context: str


def load_patterns(path: Path) -> dict:
    with path.open(encoding="utf-8") as fh:
        data = json.load(fh)
    compiled = []
    for cat, spec in data["categories"].items():
        for rx in spec["regex"]:
            compiled.append((cat, spec["severity"], re.compile(rx, re.I)))
    data["_compiled"] = compiled
    data["_hidden_chars"] = {chr(int(cp, 16)) for cp in data["hidden_text"]["codepoints"]}
    lo, hi = (int(x, 16) for x in data["hidden_text"]["tag_block"])
    data["_tag_range"] = (lo, hi)
    return data


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def snippet(text: str, start: int, end: int, width: int) -> str:
    s = text[max(0, start - width): end + width]
    return s.replace("\n", " ").strip()


def scan_text(text: str, path: str, pats: dict, ctx: int, _depth: int = 0) -> list[Finding]:
    out: list[Finding] = []
    for cat, sev, rx in pats["_compiled"]:
        for m in rx.finditer(text):
            out.append(Finding(path, line_of(text, m.start()), sev, cat,
                               m.group(0)[:120], snippet(text, m.start(), m.end(), ctx)))

    # hidden / invisible characters
    hidden_sev = pats["hidden_text"]["severity"]
    lo, hi = pats["_tag_range"]
    for lineno, line in enumerate(text.splitlines(), 1):
        zw = [c for c in line if c in pats["_hidden_chars"]]
        tags = [c for c in line if lo <= ord(c) <= hi]
        if zw:
            out.append(Finding(path, lineno, hidden_sev, "hidden-text",
                               f"{len(zw)} zero-width/bidi char(s)",
                               ",".join(f"U+{ord(c):04X}" for c in zw[:8])))
        if tags:
            decoded = "".join(chr(ord(c) - lo) for c in tags if ord(c) - lo >= 0x20)
            out.append(Finding(path, lineno, "high", "hidden-text",
                               f"{len(tags)} Unicode tag char(s)",
                               f"decodes to: {decoded[:120]!r}"))

    for m in HTML_COMMENT_RE.finditer(text):
        body = m.group(1)
        if IMPERATIVE_RE.search(body):
            out.append(Finding(path, line_of(text, m.start()), "medium", "hidden-text",
                               "imperative text inside HTML comment",
                               body.strip()[:160]))
    for m in HIDDEN_STYLE_RE.finditer(text):
        body = m.group(4)
        if IMPERATIVE_RE.search(body):
            out.append(Finding(path, line_of(text, m.start()), "high", "hidden-text",
                               "imperative text in visually hidden element",
                               body.strip()[:160]))

    # encoded blobs: decode once and rescan the plaintext
    if _depth == 0:
        min_len = pats["encoded"]["base64_min_len"]
        for m in B64_RE.finditer(text):
            blob = m.group(0)
            if len(blob) < min_len:
                continue
            try:
                raw = base64.b64decode(blob, validate=True)
            except (binascii.Error, ValueError):
                continue
            for enc in ("utf-8", "utf-16-le"):
                try:
                    decoded = raw.decode(enc)
                except UnicodeDecodeError:
                    continue
                if sum(ch.isprintable() for ch in decoded) / max(1, len(decoded)) < 0.9:
                    continue
                inner = scan_text(decoded, path, pats, ctx, _depth=1)
                ln = line_of(text, m.start())
                for f in inner:
                    f.line = ln
                    f.category = f"encoded/{f.category}"
                out.extend(inner)
                if not inner:
                    out.append(Finding(path, ln, pats["encoded"]["severity"], "encoded",
                                       f"base64 blob ({len(blob)} chars, {enc})",
                                       decoded[:80]))
                break
    return out


def iter_files(paths: list[str]):
    for p in paths:
        root = Path(p)
        if root.is_file():
            yield root
        elif root.is_dir():
            for f in sorted(root.rglob("*")):
                if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES and ".git" not in f.parts:
                    yield f


def read_text(path: Path) -> str | None:
    try:
        if path.stat().st_size > MAX_BYTES:
            return None
        data = path.read_bytes()
    except OSError:
        return None
    if b"\x00" in data[:4096]:
        return None
    return data.decode("utf-8", errors="replace")


def render_md(findings: list[Finding]) -> str:
    lines = ["## prompt-injection-auditor report", ""]
    if not findings:
        lines.append("No findings.")
        return "\n".join(lines)
    for f in findings:
        lines.append(f"- `{f.path}:{f.line}`  **{f.severity.upper()}**  {f.category}  "
                     f"`{f.match.replace('`', chr(39))}`")
    lines.append("")
    lines.append(f"Total: {len(findings)} finding(s)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--format", choices=["md", "json"], default="md")
    ap.add_argument("--min-severity", choices=list(SEVERITY_ORDER), default="low")
    ap.add_argument("--patterns", type=Path, default=DEFAULT_PATTERNS)
    ap.add_argument("--show-context", type=int, default=60)
    args = ap.parse_args(argv)

    pats = load_patterns(args.patterns)
    floor = SEVERITY_ORDER[args.min_severity]
    findings: list[Finding] = []
    for f in iter_files(args.paths):
        text = read_text(f)
        if text is None:
            continue
        findings.extend(x for x in scan_text(text, str(f), pats, args.show_context)
                        if SEVERITY_ORDER[x.severity] >= floor)

    findings.sort(key=lambda x: (x.path, x.line, -SEVERITY_ORDER[x.severity]))
    if args.format == "json":
        json.dump([asdict(x) for x in findings], sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        print(render_md(findings))
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
