#!/usr/bin/env python3
"""Terminal quiz for the prompt-injection training module. Offline; stores nothing."""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data" / "quiz.json"


def load(path: Path) -> list[dict]:
    items = json.loads(path.read_text(encoding="utf-8"))
    for i, it in enumerate(items):
        if not {"q", "choices", "answer", "why"} <= it.keys():
            raise ValueError(f"question {i} is missing fields")
        if not 0 <= it["answer"] < len(it["choices"]):
            raise ValueError(f"question {i} has an out-of-range answer")
    return items


def ask(item: dict, n: int, total: int) -> bool:
    print(f"\nQ{n}/{total}. {item['q']}")
    for i, c in enumerate(item["choices"]):
        print(f"   {chr(65 + i)}) {c}")
    while True:
        raw = input("Your answer: ").strip().upper()
        if len(raw) == 1 and 0 <= ord(raw) - 65 < len(item["choices"]):
            break
        print("   please type a letter from the list")
    correct = ord(raw) - 65 == item["answer"]
    mark = "correct" if correct else f"not quite, the answer is {chr(65 + item['answer'])}"
    print(f"   -> {mark}. {item['why']}")
    return correct


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--questions", type=int, default=0, help="ask only N random questions")
    ap.add_argument("--seed", type=int)
    ap.add_argument("--file", type=Path, default=DATA)
    args = ap.parse_args()

    items = load(args.file)
    rng = random.Random(args.seed)
    rng.shuffle(items)
    if args.questions:
        items = items[: args.questions]

    score = sum(ask(it, i + 1, len(items)) for i, it in enumerate(items))
    pct = 100 * score // max(len(items), 1)
    print(f"\nScore: {score}/{len(items)} ({pct}%)")
    if pct < 70:
        print("Review references/attack-catalog.md and try again.")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except (KeyboardInterrupt, EOFError):
        print("\nquiz aborted")
        sys.exit(130)
