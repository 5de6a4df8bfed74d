#!/usr/bin/env python3
"""Score extracted clauses against the playbook red flags."""
import argparse
import json

import yaml

KEYWORDS = {
    "limitation_of_liability": ["liability", "limitation"],
    "indemnity": ["indemn"],
    "termination_for_convenience": ["terminat"],
    "data_protection": ["personal data", "data protection", "gdpr"],
    "governing_law": ["governing law", "jurisdiction"],
}


def classify(clause):
    blob = (clause["heading"] + " " + clause["text"]).lower()
    for key, words in KEYWORDS.items():
        if any(w in blob for w in words):
            return key
    return None


def score(clause, playbook):
    key = classify(clause)
    if key is None:
        return {"score": "REVIEW", "position": None}
    pos = playbook["positions"][key]
    blob = clause["text"].lower()
    if any(flag in blob for flag in pos["red_flags"]):
        return {"score": "HIGH", "position": key, "ref": pos["ref"], "fallback": pos["fallback"]}
    if pos["preferred"].lower()[:30] in blob:
        return {"score": "LOW", "position": key, "ref": pos["ref"]}
    return {"score": "MEDIUM", "position": key, "ref": pos["ref"], "fallback": pos["fallback"]}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("clauses")
    ap.add_argument("--playbook", required=True)
    a = ap.parse_args()
    with open(a.playbook) as fh:
        pb = yaml.safe_load(fh)
    with open(a.clauses) as fh:
        clauses = json.load(fh)
    for c in clauses:
        c.update(score(c, pb))
    print(json.dumps(clauses, indent=2))


if __name__ == "__main__":
    main()
