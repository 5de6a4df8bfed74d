#!/usr/bin/env python3
"""Transform JSON on the clipboard in place. Local only."""
import ast
import json
import shutil
import subprocess
import sys

PASTE = [["pbpaste"], ["wl-paste", "--no-newline"], ["xclip", "-selection", "clipboard", "-o"]]
COPY = [["pbcopy"], ["wl-copy"], ["xclip", "-selection", "clipboard"]]


def first_available(cmds):
    for c in cmds:
        if shutil.which(c[0]):
            return c
    sys.exit("no clipboard tool found (pbpaste/wl-paste/xclip)")


def read_clipboard():
    return subprocess.run(first_available(PASTE), capture_output=True, text=True, check=True).stdout


def write_clipboard(text):
    subprocess.run(first_available(COPY), input=text, text=True, check=True)


def sort_keys(o):
    if isinstance(o, dict):
        return {k: sort_keys(o[k]) for k in sorted(o)}
    if isinstance(o, list):
        return [sort_keys(v) for v in o]
    return o


def parse(text, lenient):
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        if lenient:
            try:
                return ast.literal_eval(text)  # literals only
            except (ValueError, SyntaxError):
                pass
        sys.exit(f"clipboard is not valid JSON: {e.msg} at line {e.lineno} column {e.colno}")


def main(argv):
    show = "--show" in argv
    lenient = "--lenient" in argv
    args = [a for a in argv if not a.startswith("--")]
    mode = args[0] if args else "pretty"
    data = parse(read_clipboard(), lenient)
    if mode == "pretty":
        out = json.dumps(data, indent=2, ensure_ascii=False)
    elif mode == "minify":
        out = json.dumps(data, separators=(",", ":"), ensure_ascii=False)
    elif mode == "sort":
        out = json.dumps(sort_keys(data), indent=2, ensure_ascii=False)
    elif mode == "yaml":
        try:
            import yaml
        except ImportError:
            sys.exit("PyYAML not installed: pip install PyYAML==6.0.1")
        out = yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
    else:
        sys.exit(f"unknown mode {mode}")
    write_clipboard(out)
    print(f"{mode}: {len(out)} characters placed on the clipboard", file=sys.stderr)
    if show:
        print(out)


if __name__ == "__main__":
    main(sys.argv[1:])
