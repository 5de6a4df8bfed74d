#!/usr/bin/env python3
"""Safe ffmpeg wrapper: argument lists only, no shell, no overwrite, local files only."""
import argparse
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

PRESETS = {
    "web-mp4": (".mp4", ["-c:v", "libx264", "-preset", "medium", "-crf", "23",
                         "-vf", "scale='min(1920,iw)':-2", "-c:a", "aac", "-b:a", "128k",
                         "-movflags", "+faststart"]),
    "webm": (".webm", ["-c:v", "libvpx-vp9", "-crf", "33", "-b:v", "0", "-c:a", "libopus"]),
    "gif": (".gif", ["-vf", "fps=12,scale=480:-1:flags=lanczos,split[a][b];[a]palettegen[p];[b][p]paletteuse",
                     "-loop", "0"]),
    "mp3": (".mp3", ["-vn", "-ac", "1", "-c:a", "libmp3lame", "-b:a", "128k"]),
    "thumb": (".jpg", ["-frames:v", "1", "-q:v", "3"]),
    "remux": (None, ["-c", "copy"]),
}
PROTOCOL = re.compile(r"^[a-z][a-z0-9+.-]*:", re.I)


def need(tool):
    if not shutil.which(tool):
        sys.exit(f"{tool} not found on PATH; ask the user to install it.")


def safe_input(name: str) -> Path:
    if PROTOCOL.match(name) and not re.match(r"^[A-Za-z]:[\\/]", name):  # allow C:\ paths
        sys.exit(f"refusing non-file input: {name}")
    p = Path(name)
    if not p.is_file():
        sys.exit(f"not a file: {name}")
    return p if not p.name.startswith("-") else Path(".") / p


def unique_output(src: Path, preset: str, ext: str) -> Path:
    base = src.with_name(f"{src.stem}.{preset}{ext}")
    n = 2
    while base.exists():
        base = src.with_name(f"{src.stem}.{preset}-{n}{ext}")
        n += 1
    return base


def probe(src: Path):
    need("ffprobe")
    out = subprocess.run(
        ["ffprobe", "-v", "error", "-print_format", "json", "-show_format", "-show_streams", str(src)],
        capture_output=True, text=True, check=True,
    ).stdout
    info = json.loads(out)
    fmt = info.get("format", {})
    print(f"{src}: {fmt.get('format_name')} {float(fmt.get('duration', 0)):.1f}s {int(fmt.get('size', 0)) // 1024} KB")
    for s in info.get("streams", []):
        print(f"  #{s['index']} {s['codec_type']}: {s.get('codec_name')} {s.get('width', '')}x{s.get('height', '')}")


def convert(src: Path, preset: str, start, duration, at):
    need("ffmpeg")
    ext, opts = PRESETS[preset]
    out = unique_output(src, preset, ext or src.suffix)
    cmd = ["ffmpeg", "-hide_banner", "-nostdin", "-n"]
    if start is not None:
        cmd += ["-ss", f"{float(start):.3f}"]
    if at is not None:
        cmd += ["-ss", f"{float(at):.3f}"]
    cmd += ["-i", str(src)]
    if duration is not None:
        cmd += ["-t", f"{float(duration):.3f}"]
    cmd += opts + [str(out)]
    print("running:", " ".join(repr(c) if " " in c else c for c in cmd))
    subprocess.run(cmd, check=True)  # list form, shell=False
    print(f"wrote {out}")


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    p1 = sub.add_parser("probe"); p1.add_argument("input")
    p2 = sub.add_parser("convert"); p2.add_argument("input")
    p2.add_argument("--preset", choices=PRESETS, required=True)
    p2.add_argument("--start", type=float); p2.add_argument("--duration", type=float)
    p2.add_argument("--at", type=float)
    a = ap.parse_args()
    src = safe_input(a.input)
    if a.cmd == "probe":
        probe(src)
    else:
        convert(src, a.preset, a.start, a.duration, a.at)


if __name__ == "__main__":
    main()
