#!/usr/bin/env python3
"""Inventory VBA macros with oletools and rate their risk."""
import argparse, sys

RISKY = ("Shell", "WScript", "URLDownloadToFile", "CreateObject", "Environ", "CallByName", "Chr(")
AUTO = ("AutoOpen", "Workbook_Open", "Document_Open", "Auto_Open")

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--report", default="macro_report.md")
    a = ap.parse_args()
    from oletools.olevba import VBA_Parser
    vp = VBA_Parser(a.file)
    rows = []
    for (_, stream, name, code) in vp.extract_macros():
        auto = [k for k in AUTO if k in code]
        risky = [k for k in RISKY if k in code]
        level = "HIGH" if auto and risky else "MEDIUM" if risky else "LOW"
        rows.append(f"| {name} | {stream} | {level} | {', '.join(auto + risky)} |")
    with open(a.report, "w") as fh:
        fh.write("| module | stream | risk | indicators |\n|---|---|---|---|\n")
        fh.write("\n".join(rows) + "\n")
    print(f"{len(rows)} modules -> {a.report}")

if __name__ == "__main__":
    sys.exit(main())
