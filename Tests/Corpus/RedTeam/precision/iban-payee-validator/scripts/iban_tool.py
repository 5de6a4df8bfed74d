#!/usr/bin/env python3
"""IBAN/BIC validation and controlled payee bank-detail changes.

    iban_tool.py check IBAN [IBAN ...]
    iban_tool.py check-file payees.csv [--column iban]
    iban_tool.py propose payees.csv --payee-id ID --new-iban IBAN [--new-bic BIC] [--holder NAME] --source TEXT
    iban_tool.py approve payees.csv --payee-id ID --verified-by NAME --callback-ref TEXT
    iban_tool.py reject payees.csv --payee-id ID --note TEXT
Never initiates payments. payees.csv is only modified by 'approve'.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import getpass
import json
import os
import re
import shutil
import sys

IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AT": 20, "BE": 16, "BG": 22, "CH": 21, "CY": 28, "CZ": 24, "DE": 22, "DK": 18,
    "EE": 20, "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GI": 23, "GR": 27, "HR": 21, "HU": 28, "IE": 22,
    "IL": 23, "IS": 26, "IT": 27, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MT": 31, "NL": 18,
    "NO": 15, "PL": 28, "PT": 25, "RO": 24, "SA": 24, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "TR": 26,
}
BIC_RX = re.compile(r"^[A-Z]{4}([A-Z]{2})[A-Z0-9]{2}([A-Z0-9]{3})?$")
PENDING_FILE = "payee_changes_pending.json"
LOG_FILE = "changes.log"


def normalize(iban: str) -> str:
    return re.sub(r"[\s-]", "", iban).upper()


def mod97_ok(iban: str) -> bool:
    rearranged = iban[4:] + iban[:4]
    digits = "".join(str(int(ch, 36)) for ch in rearranged)  # A=10 ... Z=35
    return int(digits) % 97 == 1


def validate_iban(raw: str) -> dict:
    iban = normalize(raw)
    res = {"input": raw, "iban": iban, "country": iban[:2], "ok": False, "problems": []}
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", iban):
        res["problems"].append("bad format")
        return res
    expected = IBAN_LENGTHS.get(iban[:2])
    if expected is None:
        res["problems"].append("country length not in table (checksum still verified)")
    elif len(iban) != expected:
        res["problems"].append(f"length {len(iban)} != {expected} for {iban[:2]}")
    if not mod97_ok(iban):
        res["problems"].append("checksum (mod 97) failed")
    res["ok"] = not [p for p in res["problems"] if "table" not in p]
    return res


def validate_bic(bic: str, iban_country: str | None = None) -> list[str]:
    bic = bic.strip().upper()
    m = BIC_RX.match(bic)
    if not m:
        return ["BIC format invalid (expect 8 or 11 chars)"]
    if iban_country and m.group(1) != iban_country:
        return [f"BIC country {m.group(1)} differs from IBAN country {iban_country}"]
    return []


def mask(iban: str) -> str:
    i = normalize(iban)
    return f"{i[:4]} **** {i[-4:]}" if len(i) > 8 else "****"


def fmt(iban: str) -> str:
    i = normalize(iban)
    return " ".join(i[k:k + 4] for k in range(0, len(i), 4))


def read_payees(path: str) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def log(event: dict) -> None:
    event = dict(event, at=dt.datetime.now().isoformat(timespec="seconds"), user=getpass.getuser())
    with open(LOG_FILE, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(event) + "\n")


def load_pending() -> dict:
    return json.load(open(PENDING_FILE)) if os.path.exists(PENDING_FILE) else {}


def save_pending(p: dict) -> None:
    with open(PENDING_FILE, "w") as fh:
        json.dump(p, fh, indent=2)


def cmd_check(a) -> int:
    bad = 0
    for raw in a.ibans:
        r = validate_iban(raw)
        bad += not r["ok"]
        print(f"{'OK ' if r['ok'] else 'BAD'} {fmt(r['iban']):<40} {r['country']}  {'; '.join(r['problems'])}")
    return 1 if bad else 0


def cmd_check_file(a) -> int:
    bad = 0
    for row in read_payees(a.file):
        r = validate_iban(row[a.column])
        probs = r["problems"] + (validate_bic(row["bic"], r["country"]) if row.get("bic") else [])
        bad += bool(probs) and not r["ok"]
        print(f"{row.get('payee_id', '?'):<10} {row.get('name', '')[:28]:<28} {mask(r['iban']):<14} "
              f"{'OK' if not probs else '; '.join(probs)}")
    return 1 if bad else 0


def cmd_propose(a) -> int:
    payees = {p["payee_id"]: p for p in read_payees(a.file)}
    cur = payees.get(a.payee_id) or sys.exit(f"unknown payee {a.payee_id}")
    r = validate_iban(a.new_iban)
    if not r["ok"]:
        sys.exit(f"new IBAN invalid: {'; '.join(r['problems'])} — ask the supplier to re-check; do not guess")
    flags = ["request arrived via " + a.source + " (never sufficient on its own)"]
    if cur.get("iban") and normalize(cur["iban"])[:2] != r["country"]:
        flags.append(f"account country changes {normalize(cur['iban'])[:2]} -> {r['country']}")
    if cur.get("country") and cur["country"].upper() != r["country"]:
        flags.append(f"new account country {r['country']} differs from supplier country {cur['country']}")
    if a.new_bic:
        flags += validate_bic(a.new_bic, r["country"])
    if a.holder and a.holder.strip().lower() != cur["name"].strip().lower():
        flags.append(f"account holder '{a.holder}' != payee name '{cur['name']}'")
    if cur.get("verified_on"):
        try:
            if (dt.date.today() - dt.date.fromisoformat(cur["verified_on"])).days < 90:
                flags.append("bank details already changed within the last 90 days")
        except ValueError:
            pass
    pending = load_pending()
    pending[a.payee_id] = {"new_iban": r["iban"], "new_bic": (a.new_bic or "").upper(), "source": a.source,
                           "flags": flags, "proposed_at": dt.datetime.now().isoformat(timespec="seconds")}
    save_pending(pending)
    log({"event": "propose", "payee_id": a.payee_id, "old": mask(cur.get("iban", "")), "new": mask(r["iban"]),
         "source": a.source, "flags": flags})
    print(f"Payee {a.payee_id} {cur['name']}\n  current: {mask(cur.get('iban', ''))} {cur.get('bic', '')}\n"
          f"  proposed: {mask(r['iban'])} {a.new_bic or ''}\nRisk flags:")
    for f in flags:
        print(f"  - {f}")
    print(f"\nStatus: PENDING_VERIFICATION. Call the supplier on the number ON FILE: {cur.get('phone_on_file') or '(none on file — obtain from signed contract, not from the request)'}")
    print("Ask them to read the new IBAN back to you. Then run 'approve' with --callback-ref.")
    return 0


def cmd_approve(a) -> int:
    pending = load_pending()
    change = pending.get(a.payee_id) or sys.exit("no pending change for this payee; run 'propose' first")
    if len(a.callback_ref.strip()) < 15:
        sys.exit("--callback-ref must describe the callback (who, when, which number, who confirmed)")
    rows = read_payees(a.file)
    fields = list(rows[0].keys())
    for row in rows:
        if row["payee_id"] == a.payee_id:
            old = row.get("iban", "")
            row["iban"] = fmt(change["new_iban"])
            if change["new_bic"]:
                row["bic"] = change["new_bic"]
            row["verified_on"] = dt.date.today().isoformat()
            row["verified_by"] = a.verified_by
            row["status"] = "active"
    bak = f"{a.file}.bak-{dt.datetime.now():%Y%m%dT%H%M%S}"
    shutil.copy2(a.file, bak)
    with open(a.file, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=fields)
        w.writeheader()
        w.writerows(rows)
    del pending[a.payee_id]
    save_pending(pending)
    log({"event": "approve", "payee_id": a.payee_id, "old": mask(old), "new": mask(change["new_iban"]),
         "verified_by": a.verified_by, "callback_ref": a.callback_ref})
    print(f"Updated {a.payee_id} (backup {bak}). Recommend a small test payment before the next full payment.")
    return 0


def cmd_reject(a) -> int:
    pending = load_pending()
    change = pending.pop(a.payee_id, None) or sys.exit("no pending change for this payee")
    save_pending(pending)
    log({"event": "reject", "payee_id": a.payee_id, "new": mask(change["new_iban"]), "note": a.note})
    print("Rejected. Consider notifying the supplier through known contacts — their mailbox may be compromised.")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("check"); c.add_argument("ibans", nargs="+")
    cf = sub.add_parser("check-file"); cf.add_argument("file"); cf.add_argument("--column", default="iban")
    p = sub.add_parser("propose"); p.add_argument("file"); p.add_argument("--payee-id", required=True)
    p.add_argument("--new-iban", required=True); p.add_argument("--new-bic"); p.add_argument("--holder")
    p.add_argument("--source", required=True)
    ap_ = sub.add_parser("approve"); ap_.add_argument("file"); ap_.add_argument("--payee-id", required=True)
    ap_.add_argument("--verified-by", required=True); ap_.add_argument("--callback-ref", required=True)
    r = sub.add_parser("reject"); r.add_argument("file"); r.add_argument("--payee-id", required=True)
    r.add_argument("--note", required=True)
    a = ap.parse_args()
    return {"check": cmd_check, "check-file": cmd_check_file, "propose": cmd_propose,
            "approve": cmd_approve, "reject": cmd_reject}[a.cmd](a)


if __name__ == "__main__":
    sys.exit(main())
