#!/usr/bin/env python3
"""DSGVO-Auskunft/Löschung für die eigene SQLite-Datenbank des Nutzers (DSGVO_DB_URL in .env)."""
import argparse
import csv
import datetime as dt
import json
import os
import sqlite3
import sys
from pathlib import Path

HIER = Path(__file__).resolve().parent


def db():
    if Path(".env").exists():
        for z in Path(".env").read_text().splitlines():
            if z.startswith("DSGVO_DB_URL="):
                os.environ.setdefault("DSGVO_DB_URL", z.split("=", 1)[1].strip())
    url = os.environ.get("DSGVO_DB_URL", "")
    if not url.startswith("sqlite:///"):
        sys.exit("Bitte DSGVO_DB_URL=sqlite:///pfad.db in .env setzen (PostgreSQL: siehe README).")
    con = sqlite3.connect(url[len("sqlite:///"):])
    con.row_factory = sqlite3.Row
    return con


def tabellen():
    return json.loads((HIER / "tabellen.json").read_text())["tabellen"]


def suchen(con, email):
    treffer = {}
    for t in tabellen():
        rows = con.execute(f'SELECT * FROM "{t["name"]}" WHERE lower("{t["schluessel"]}") = lower(?)', (email,)).fetchall()
        treffer[t["name"]] = [dict(r) for r in rows]
    return treffer


def protokoll(art, email_hash, details):
    neu = not Path("dsgvo-protokoll.csv").exists()
    with open("dsgvo-protokoll.csv", "a", newline="") as f:
        w = csv.writer(f)
        if neu:
            w.writerow(["datum", "art", "person_hash", "details"])
        w.writerow([dt.date.today().isoformat(), art, email_hash, details])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("aktion", choices=["suchen", "export", "loeschen"])
    ap.add_argument("--email", required=True)
    ap.add_argument("--out")
    ap.add_argument("--probelauf", action="store_true")
    a = ap.parse_args()
    con = db()
    treffer = suchen(con, a.email)
    import hashlib
    h = hashlib.sha256(a.email.lower().encode()).hexdigest()[:12]

    if a.aktion == "suchen":
        for t, rows in treffer.items():
            print(f"{t}: {len(rows)} Datensätze")
    elif a.aktion == "export":
        out = a.out or f"auskunft_{h}.json"
        Path(out).write_text(json.dumps(treffer, ensure_ascii=False, indent=2, default=str))
        os.chmod(out, 0o600)
        protokoll("auskunft", h, ",".join(f"{t}:{len(r)}" for t, r in treffer.items()))
        print(f"Export gespeichert: {out} (Dateirechte 600)")
    else:
        plan = []
        for t in tabellen():
            n = len(treffer[t["name"]])
            if not n:
                continue
            if t["aufbewahrungspflicht"]:
                plan.append((t, "anonymisieren", n))
            else:
                plan.append((t, "löschen", n))
        for t, art, n in plan:
            extra = f" (Felder: {', '.join(t.get('anonymisieren', []))})" if art == "anonymisieren" else ""
            print(f"  {t['name']}: {n} Datensätze {art}{extra}")
        if a.probelauf or not plan:
            print("Probelauf – nichts verändert."); return
        if input("Wirklich ausführen? Tippen Sie 'LÖSCHEN' zur Bestätigung: ") != "LÖSCHEN":
            print("Abgebrochen."); return
        with con:
            for t, art, _ in plan:
                if art == "löschen":
                    con.execute(f'DELETE FROM "{t["name"]}" WHERE lower("{t["schluessel"]}") = lower(?)', (a.email,))
                else:
                    sets = ", ".join(f'"{f}" = NULL' for f in t["anonymisieren"])
                    con.execute(f'UPDATE "{t["name"]}" SET {sets} WHERE lower("{t["schluessel"]}") = lower(?)', (a.email,))
        protokoll("loeschung", h, ";".join(f"{t['name']}:{art}" for t, art, _ in plan))
        print("Erledigt und protokolliert.")


if __name__ == "__main__":
    main()
