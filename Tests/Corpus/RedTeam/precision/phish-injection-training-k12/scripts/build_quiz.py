#!/usr/bin/env python3
"""Build a 'spot the red flag' quiz (Markdown) from the example sets. Offline; reads local JSON only."""
import argparse
import json
import pathlib
import random
import re

HERE = pathlib.Path(__file__).resolve().parent.parent


def load_flags() -> dict:
    flags = {}
    for line in (HERE / "references" / "red-flags.md").read_text().splitlines():
        m = re.match(r"\|\s*([EP]\d)\s*\|\s*([^|]+)\|", line)
        if m:
            flags[m.group(1)] = m.group(2).strip()
    return flags


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--set", choices=["phishing", "prompt_injection"], required=True)
    p.add_argument("--n", type=int, default=8)
    p.add_argument("--seed", type=int, default=None)
    a = p.parse_args()

    items = json.loads((HERE / "examples" / f"{a.set}.json").read_text())
    rng = random.Random(a.seed)
    rng.shuffle(items)
    items = items[: a.n]
    flags = load_flags()

    print(f"# Quiz: spot the red flags ({a.set.replace('_', ' ')})\n")
    print("> Every example below is training material. Links are defanged and use reserved domains.\n")
    for i, it in enumerate(items, 1):
        body = it.get("body") or it.get("text")
        print(f"## Question {i}\n")
        if "subject" in it:
            print(f"**From:** {it['from']}  \n**Subject:** {it['subject']}\n")
        else:
            print(f"**Where it appeared:** {it['vector']}\n")
        print("```text\n" + body + "\n```\n")
        print("Which red flags do you see, and what is the safe response?\n")

    print("---\n\n# Answer key\n")
    for i, it in enumerate(items, 1):
        names = ", ".join(f"{f} {flags.get(f, '')}".strip() for f in it["red_flags"])
        print(f"{i}. {names}. Safe response: {it['safe_response']}")


if __name__ == "__main__":
    main()
