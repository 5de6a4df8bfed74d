#!/usr/bin/env python3
"""Transform JSON on the clipboard. Uses platform clipboard CLIs via subprocess (no shell)."""
import argparse
import json
import platform
import re
import shutil
import subprocess
import sys


def backend():
    sysname = platform.system()
    if sysname == "Darwin":
        return ["pbpaste"], ["pbcopy"]
    if sysname == "Windows":
        ps = ["powershell", "-NoProfile", "-Command"]
        return ps + ["Get-Clipboard -Raw"], ps + ["$input | Set-Clipboard"]
    if "microsoft" in platform.release().lower():
        return ["powershell.exe", "-NoProfile", "-Command", "Get-Clipboard -Raw"], ["clip.exe"]
    if shutil.which("wl-paste"):
        return ["wl-paste", "--no-newline"], ["wl-copy"]
    if shutil.which("xclip"):
        return ["xclip", "-selection", "clipboard", "-o"], ["xclip", "-selection", "clipboard"]
    sys.exit("No clipboard tool found (install wl-clipboard or xclip)")


def read_clip():
    rd, _ = backend()
    return subprocess.run(rd, capture_output=True, text=True, check=True).stdout


def write_clip(text):
    _, wr = backend()
    subprocess.run(wr, input=text, text=True, check=True)


def lenient(text):
    # strip // and /* */ comments outside strings, and trailing commas. No evaluation.
    out, i, n, in_str = [], 0, len(text), False
    while i < n:
        c = text[i]
        if in_str:
            out.append(c)
            if c == "\\" and i + 1 < n:
                out.append(text[i + 1]); i += 2; continue
            if c == '"':
                in_str = False
        elif c == '"':
            in_str = True; out.append(c)
        elif text.startswith("//", i):
            while i < n and text[i] != "\n":
                i += 1
            continue
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2); i = n if j < 0 else j + 2; continue
        else:
            out.append(c)
        i += 1
    return re.sub(r",(\s*[}\]])", r"\1", "".join(out))


def parse(text, is_lenient):
    try:
        return json.loads(lenient(text) if is_lenient else text)
    except json.JSONDecodeError as e:
        lines = text.splitlines()
        ctx = lines[e.lineno - 1] if 0 < e.lineno <= len(lines) else ""
        sys.exit(f"Invalid JSON at line {e.lineno}, col {e.colno}: {e.msg}\n  {ctx[:120]}")


def summary(obj):
    if isinstance(obj, dict):
        return f"object with {len(obj)} keys"
    if isinstance(obj, list):
        return f"array with {len(obj)} items"
    return type(obj).__name__


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("op", choices=["pretty", "minify", "validate", "to-yaml", "from-yaml"])
    ap.add_argument("--indent", type=int, default=2)
    ap.add_argument("--sort-keys", action="store_true")
    ap.add_argument("--lenient", action="store_true")
    ap.add_argument("--print", action="store_true")
    a = ap.parse_args()

    text = read_clip()
    if not text.strip():
        sys.exit("clipboard is empty")

    if a.op == "from-yaml":
        import yaml
        obj = yaml.safe_load(text)
        result = json.dumps(obj, indent=a.indent, sort_keys=a.sort_keys, ensure_ascii=False)
    else:
        obj = parse(text, a.lenient)
        if a.op == "validate":
            print(f"valid JSON: {summary(obj)}")
            return
        if a.op == "pretty":
            result = json.dumps(obj, indent=a.indent, sort_keys=a.sort_keys, ensure_ascii=False)
        elif a.op == "minify":
            result = json.dumps(obj, separators=(",", ":"), sort_keys=a.sort_keys, ensure_ascii=False)
        else:
            import yaml
            result = yaml.safe_dump(obj, sort_keys=a.sort_keys, allow_unicode=True)

    write_clip(result)
    print(f"{a.op}: {summary(obj)}, {len(result)} chars copied to clipboard")
    if a.print:
        print(result)


if __name__ == "__main__":
    main()
