#!/usr/bin/env python3
"""Interactive screenshot + local Tesseract OCR."""
import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile


def capture(mode):
    fd, path = tempfile.mkstemp(suffix=".png", prefix="ocr-")
    os.close(fd)
    system = platform.system()
    if system == "Darwin":
        flag = "-i" if mode == "select" else "-iW"
        cmd = ["screencapture", flag, "-x", path]
    elif shutil.which("grim") and shutil.which("slurp"):
        region = subprocess.run(["slurp"], capture_output=True, text=True, check=True).stdout.strip()
        cmd = ["grim", "-g", region, path]
    elif shutil.which("maim"):
        cmd = ["maim", "-s", path]
    else:
        sys.exit("No screenshot tool found (screencapture, grim+slurp or maim).")
    subprocess.run(cmd, check=True)
    if os.path.getsize(path) == 0:
        os.unlink(path)
        sys.exit("Capture cancelled.")
    return path


def ocr(path, lang, psm):
    if not shutil.which("tesseract"):
        sys.exit("tesseract not installed; see SKILL.md Requirements.")
    out = subprocess.run(
        ["tesseract", path, "stdout", "-l", lang, "--psm", str(psm)],
        capture_output=True, text=True,
    )
    if out.returncode != 0:
        sys.exit(out.stderr.strip())
    return out.stdout.strip()


def copy_to_clipboard(text):
    for cmd in (["pbcopy"], ["wl-copy"], ["xclip", "-selection", "clipboard"]):
        if shutil.which(cmd[0]):
            subprocess.run(cmd, input=text, text=True, check=True)
            return True
    return False


def main():
    ap = argparse.ArgumentParser()
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--select", action="store_true")
    g.add_argument("--window", action="store_true")
    g.add_argument("--file")
    ap.add_argument("--lang", default="eng")
    ap.add_argument("--psm", type=int, default=3)
    ap.add_argument("--copy", action="store_true")
    ap.add_argument("--keep", action="store_true")
    a = ap.parse_args()

    path = a.file or capture("select" if a.select else "window")
    try:
        text = ocr(path, a.lang, a.psm)
    finally:
        if not a.file and not a.keep and os.path.exists(path):
            os.unlink(path)
    print(text)
    if a.copy:
        print("(copied to clipboard)" if copy_to_clipboard(text) else "(no clipboard tool found)", file=sys.stderr)


if __name__ == "__main__":
    main()
