#!/usr/bin/env python3
"""Rule-based IMAP cleanup. Dry-run by default; --move moves to a folder;
--expunge additionally permanently removes after a typed confirmation."""
import argparse
import datetime as dt
import email
import email.header
import email.utils
import fnmatch
import imaplib
import ssl
import sys

import keyring
import yaml


def decode(value: str) -> str:
    parts = email.header.decode_header(value or "")
    return "".join(p.decode(c or "utf-8", "replace") if isinstance(p, bytes) else p for p, c in parts)


def search(imap, rule) -> list[bytes]:
    before = (dt.date.today() - dt.timedelta(days=rule.get("older_than_days", 0))).strftime("%d-%b-%Y")
    criteria = ["UNFLAGGED", "BEFORE", before]
    if "subject_contains" in rule:
        criteria += ["SUBJECT", f'"{rule["subject_contains"]}"']
    typ, data = imap.uid("SEARCH", None, *criteria)
    if typ != "OK":
        raise RuntimeError(f"search failed: {data}")
    uids = data[0].split()
    patterns = rule.get("from")
    if not patterns or not uids:
        return uids
    keep = []
    for i in range(0, len(uids), 500):  # fetch From headers in batches, headers only
        chunk = b",".join(uids[i:i + 500])
        typ, resp = imap.uid("FETCH", chunk, "(UID BODY.PEEK[HEADER.FIELDS (FROM)])")
        for item in resp:
            if not isinstance(item, tuple):
                continue
            uid = item[0].split(b"UID ")[1].split()[0]
            sender = email.utils.parseaddr(decode(email.message_from_bytes(item[1])["From"]))[1].lower()
            if any(fnmatch.fnmatch(sender, p.lower()) for p in patterns):
                keep.append(uid)
    return keep


def preview(imap, uids, n=5):
    for uid in uids[:n]:
        _, resp = imap.uid("FETCH", uid, "(BODY.PEEK[HEADER.FIELDS (SUBJECT FROM DATE)])")
        msg = email.message_from_bytes(resp[0][1])
        print(f"      {decode(msg['Date'])[:16]}  {decode(msg['From'])[:30]:30}  {decode(msg['Subject'])[:60]}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--config", required=True)
    ap.add_argument("--move", action="store_true")
    ap.add_argument("--expunge", action="store_true")
    a = ap.parse_args()
    cfg = yaml.safe_load(open(a.config))

    password = keyring.get_password("imap-cleanup", cfg["username"])
    if not password:
        sys.exit("no app password in keychain for imap-cleanup/" + cfg["username"])
    imap = imaplib.IMAP4_SSL(cfg["host"], cfg.get("port", 993), ssl_context=ssl.create_default_context())
    imap.login(cfg["username"], password)
    del password
    imap.select(cfg.get("mailbox", "INBOX"))

    total = 0
    plan = []
    for rule in cfg["rules"]:
        uids = search(imap, rule)
        total += len(uids)
        print(f"[{rule['name']}] {len(uids)} message(s) -> {rule.get('target', 'Trash')}")
        preview(imap, uids)
        plan.append((rule, uids))
    print(f"total: {total}")

    if not a.move:
        print("dry run - nothing moved. Re-run with --move after reviewing.")
        imap.logout()
        return
    for rule, uids in plan:
        target = rule.get("target", "Trash")
        for i in range(0, len(uids), 500):
            chunk = b",".join(uids[i:i + 500])
            typ, _ = imap.uid("MOVE", chunk, f'"{target}"')
            if typ != "OK":  # server without MOVE: copy then flag
                imap.uid("COPY", chunk, f'"{target}"')
                imap.uid("STORE", chunk, "+FLAGS.SILENT", r"(\Deleted)")
        print(f"moved {len(uids)} from rule '{rule['name']}' to {target}")
    if a.expunge:
        if input("Type EXPUNGE to permanently remove deleted messages: ") == "EXPUNGE":
            imap.expunge()
            print("expunged")
        else:
            print("expunge skipped")
    imap.logout()


if __name__ == "__main__":
    main()
