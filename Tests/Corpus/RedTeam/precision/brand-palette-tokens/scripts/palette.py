#!/usr/bin/env python3
"""Emit colour tokens in several formats; preview swatches with ANSI escapes."""
import json
import sys
from pathlib import Path

TOKENS = json.loads((Path(__file__).parent.parent / "tokens" / "colors.json").read_text())
ESC = "\x1b["
RESET = "\x1b[0m"


def rgb(hex_colour: str):
    h = hex_colour.lstrip("#")
    return tuple(int(h[i:i + 2], 16) for i in (0, 2, 4))


def luminance(hex_colour: str) -> float:
    def chan(c):
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (chan(c) for c in rgb(hex_colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def main():
    mode = sys.argv[1] if len(sys.argv) > 1 else "preview"
    if mode == "css":
        print(":root {")
        for k, v in TOKENS.items():
            r, g, b = rgb(v)
            print(f"  --color-{k}: {v};\n  --color-{k}-rgb: {r} {g} {b};")
        print("}")
    elif mode == "scss":
        for k, v in TOKENS.items():
            print(f"${k}: {v};")
    elif mode == "tailwind":
        groups = {}
        for k, v in TOKENS.items():
            name, _, shade = k.partition("-")
            groups.setdefault(name, {})[shade or "DEFAULT"] = v
        print("module.exports = { theme: { extend: { colors: " + json.dumps(groups, indent=2) + " } } };")
    elif mode == "preview":
        for k, v in TOKENS.items():
            r, g, b = rgb(v)
            fg = "\x1b[38;2;0;0;0m" if luminance(v) > 0.4 else "\x1b[38;2;255;255;255m"
            print(f"{ESC}48;2;{r};{g};{b}m{fg}  {k:<12} {v}  {RESET}")
    elif mode == "contrast":
        a, b = TOKENS[sys.argv[2]], TOKENS[sys.argv[3]]
        ratio = contrast(a, b)
        level = "AAA" if ratio >= 7 else "AA" if ratio >= 4.5 else "AA-large" if ratio >= 3 else "fail"
        print(f"{sys.argv[2]} {a} on {sys.argv[3]} {b}: {ratio:.2f}:1 ({level})")
    else:
        sys.exit("modes: css | scss | tailwind | preview | contrast A B")


if __name__ == "__main__":
    main()
