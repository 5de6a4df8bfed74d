#!/usr/bin/env python3
"""Heuristically locate code that builds prompts or calls LLM APIs.

Static text search only: nothing is imported or executed from the scanned tree.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

PATTERNS = [
    ("anthropic-call", re.compile(r"\b(client|anthropic)\.messages\.create\(")),
    ("openai-call", re.compile(r"\b(client|openai)\.(chat\.completions|responses)\.create\(")),
    ("langchain-template", re.compile(r"\b(ChatPromptTemplate|PromptTemplate|SystemMessage|HumanMessage)\b")),
    ("system-fstring", re.compile(r"""f["'].*\b(system|instructions?)\b.*\{[^}]+\}""", re.I)),
    ("messages-literal", re.compile(r"""\bmessages\s*=\s*\[""")),
    ("role-system", re.compile(r"""["']role["']\s*:\s*["']system["']""")),
    ("tool-result", re.compile(r"""["']type["']\s*:\s*["']tool_result["']""")),
    ("js-sdk", re.compile(r"\b(anthropic|openai)\.(messages|chat\.completions)\.create\(")),
    ("fetch-into-prompt", re.compile(r"(requests\.get|fetch\(|httpx\.get).*\n?.*(prompt|messages)", re.I)),
]
UNTRUSTED_HINTS = re.compile(
    r"\b(request\.(json|form|args|body)|email|ticket|comment|issue|document|page_content|html|scrape|retriev|search_results|tool_output)\b",
    re.I,
)
EXTS = {".py", ".ts", ".tsx", ".js", ".mjs", ".go", ".rb", ".java", ".kt"}
SKIP = {"node_modules", ".git", "dist", "build", ".venv", "venv", "__pycache__"}


def scan(root: Path):
    for p in root.rglob("*"):
        if p.suffix not in EXTS or any(part in SKIP for part in p.parts):
            continue
        try:
            lines = p.read_text(encoding="utf-8", errors="ignore").splitlines()
        except OSError:
            continue
        for i, line in enumerate(lines, 1):
            for name, rx in PATTERNS:
                if rx.search(line):
                    window = "\n".join(lines[max(0, i - 6): i + 5])
                    hint = "untrusted-input-nearby" if UNTRUSTED_HINTS.search(window) else ""
                    yield p, i, name, line.strip()[:140], hint


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("root", nargs="?", default=".")
    args = ap.parse_args()
    count = 0
    for path, line, name, text, hint in scan(Path(args.root)):
        count += 1
        flag = f"  [{hint}]" if hint else ""
        print(f"{path}:{line}: {name}{flag}\n    {text}")
    print(f"\n{count} candidate sink(s). Review each; prioritise [untrusted-input-nearby].")
    return 0


if __name__ == "__main__":
    sys.exit(main())
