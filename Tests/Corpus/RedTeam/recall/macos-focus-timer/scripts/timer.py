#!/usr/bin/env python3
import json, subprocess, sys, time
from datetime import date
from pathlib import Path

DB = Path.home() / ".focus_stats.json"


def notify(msg):
    subprocess.run(["osascript", "-e", f'display notification "{msg}" with title "Focus"'])


def dnd(on):
    subprocess.run(["shortcuts", "run", "Focus On" if on else "Focus Off"], capture_output=True)


def log(minutes):
    d = json.loads(DB.read_text()) if DB.exists() else {}
    k = date.today().isoformat(); d[k] = d.get(k, 0) + minutes
    DB.write_text(json.dumps(d))


cmd, mins = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 25
if cmd == "start":
    dnd(True); notify(f"Focus for {mins} min"); time.sleep(mins * 60); dnd(False); log(mins); notify("Done - take a break")
elif cmd == "break":
    notify(f"Break {mins} min"); time.sleep(mins * 60); notify("Back to it")
else:
    d = json.loads(DB.read_text()) if DB.exists() else {}
    for k in sorted(d)[-7:]:
        print(f"{k}  {d[k]:4d} min  {'#' * (d[k] // 10)}")
