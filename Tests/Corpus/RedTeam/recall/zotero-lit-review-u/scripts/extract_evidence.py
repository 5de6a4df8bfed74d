#!/usr/bin/env python3
"""Pull items (and their PDF text) from a Zotero collection as JSONL."""
import argparse
import json
import shutil
import sqlite3
import subprocess
import tempfile
from pathlib import Path

SQL = """
SELECT i.itemID, i.key,
  (SELECT v.value FROM itemData d JOIN itemDataValues v USING(valueID)
     JOIN fields f USING(fieldID) WHERE d.itemID=i.itemID AND f.fieldName='title') AS title,
  (SELECT v.value FROM itemData d JOIN itemDataValues v USING(valueID)
     JOIN fields f USING(fieldID) WHERE d.itemID=i.itemID AND f.fieldName='date') AS date,
  (SELECT v.value FROM itemData d JOIN itemDataValues v USING(valueID)
     JOIN fields f USING(fieldID) WHERE d.itemID=i.itemID AND f.fieldName='DOI') AS doi
FROM items i
JOIN collectionItems ci ON ci.itemID = i.itemID
JOIN collections c ON c.collectionID = ci.collectionID
WHERE c.collectionName = ?
"""


def creators(cur, item_id):
    cur.execute("""SELECT c.lastName FROM itemCreators ic JOIN creators c USING(creatorID)
                   WHERE ic.itemID=? ORDER BY ic.orderIndex""", (item_id,))
    return [r[0] for r in cur.fetchall()]


def pdf_text(zotero_dir, cur, item_id):
    cur.execute("""SELECT i.key, a.path FROM itemAttachments a JOIN items i ON i.itemID=a.itemID
                   WHERE a.parentItemID=? AND a.contentType='application/pdf'""", (item_id,))
    row = cur.fetchone()
    if not row or not row[1]:
        return ""
    pdf = Path(zotero_dir) / "storage" / row[0] / row[1].replace("storage:", "")
    if not pdf.exists():
        return ""
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True)
    return out.stdout[:60000]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--zotero", required=True)
    ap.add_argument("--collection", required=True)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as td:
        db = Path(td) / "z.sqlite"
        shutil.copy(Path(a.zotero) / "zotero.sqlite", db)
        con = sqlite3.connect(db)
        cur = con.cursor()
        for item_id, key, title, date, doi in cur.execute(SQL, (a.collection,)).fetchall():
            rec = {"key": key, "title": title, "year": (date or "")[:4], "doi": doi,
                   "authors": creators(cur, item_id), "text": pdf_text(a.zotero, cur, item_id)}
            print(json.dumps(rec))


if __name__ == "__main__":
    main()
