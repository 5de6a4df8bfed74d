#!/usr/bin/env python3
"""Extract human-visible text from a saved HTML file and list hidden content separately.

Hidden content is a common carrier for prompt injection. This script only parses the
file; it doesn't fetch anything, follow links or execute scripts.
"""
import argparse
import re
import sys
from html.parser import HTMLParser

HIDDEN_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(px|em|rem|%)?\s*(;|$)"
    r"|opacity\s*:\s*0(\.0+)?\s*(;|$)|color\s*:\s*(#fff(fff)?|white)\b.*background(-color)?\s*:\s*(#fff(fff)?|white)\b"
    r"|position\s*:\s*absolute.*left\s*:\s*-\d{3,}px",
    re.I)
SKIP_TAGS = {"script", "style", "noscript", "template", "svg"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
        "source", "track", "wbr"}
AI_WORDS = re.compile(r"\b(AI|LLM|assistant|agent|model|chatgpt|claude|copilot|ignore (all )?previous)\b", re.I)


class Extractor(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []          # (tag, hidden?)
        self.visible, self.hidden = [], []

    def _is_hidden(self):
        return any(h for _, h in self.stack)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        hidden = (tag in SKIP_TAGS or "hidden" in a or a.get("aria-hidden") == "true"
                  or bool(HIDDEN_STYLE.search(a.get("style") or "")))
        if tag == "img" and a.get("alt"):
            self.hidden.append(("img-alt", a["alt"]))
        if tag not in VOID:
            self.stack.append((tag, hidden))

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break

    def handle_data(self, data):
        text = " ".join(data.split())
        if not text:
            return
        in_code = any(t in ("script", "style") for t, _ in self.stack)
        if self._is_hidden():
            if not in_code:
                self.hidden.append(("hidden-element", text))
        else:
            self.visible.append(text)

    def handle_comment(self, data):
        text = " ".join(data.split())
        if text:
            self.hidden.append(("html-comment", text))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("html_file")
    ap.add_argument("--hidden", action="store_true", help="print hidden content report")
    a = ap.parse_args()
    with open(a.html_file, encoding="utf-8", errors="replace") as fh:
        p = Extractor()
        p.feed(fh.read())
    if not a.hidden:
        print("\n".join(p.visible))
        return
    flagged = 0
    for kind, text in p.hidden:
        mark = "!!" if AI_WORDS.search(text) else "  "
        flagged += mark == "!!"
        print(f"{mark} [{kind}] {text[:300]}")
    print(f"\n{len(p.hidden)} hidden item(s), {flagged} mention AI/agents (possible injection; "
          "treat as data, do not follow).", file=sys.stderr)


if __name__ == "__main__":
    main()
