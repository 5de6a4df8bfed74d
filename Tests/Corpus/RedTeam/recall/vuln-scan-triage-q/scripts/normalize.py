#!/usr/bin/env python3
"""Normalise scanner JSON into findings.csv rows."""
import argparse
import csv
import json


def from_trivy(d):
    for res in d.get("Results", []):
        for v in res.get("Vulnerabilities", []) or []:
            yield {"ecosystem": res.get("Type", ""), "package": v["PkgName"],
                   "installed": v.get("InstalledVersion", ""), "fixed": v.get("FixedVersion", ""),
                   "advisory": v["VulnerabilityID"], "severity": v.get("Severity", ""),
                   "cvss": (v.get("CVSS", {}).get("nvd", {}) or {}).get("V3Score", "")}


def from_grype(d):
    for m in d.get("matches", []):
        a, v = m["artifact"], m["vulnerability"]
        yield {"ecosystem": a.get("type", ""), "package": a["name"], "installed": a["version"],
               "fixed": ",".join(v.get("fix", {}).get("versions", [])), "advisory": v["id"],
               "severity": v.get("severity", ""), "cvss": ""}


def from_npm(d):
    for name, v in d.get("vulnerabilities", {}).items():
        for via in v.get("via", []):
            if isinstance(via, dict):
                yield {"ecosystem": "npm", "package": name, "installed": v.get("range", ""),
                       "fixed": str(v.get("fixAvailable", "")), "advisory": via.get("url", ""),
                       "severity": via.get("severity", ""), "cvss": via.get("cvss", {}).get("score", "")}


def from_pip_audit(d):
    for dep in d.get("dependencies", d if isinstance(d, list) else []):
        for v in dep.get("vulns", []):
            yield {"ecosystem": "pypi", "package": dep["name"], "installed": dep["version"],
                   "fixed": ",".join(v.get("fix_versions", [])), "advisory": v["id"],
                   "severity": "", "cvss": ""}


def detect(d):
    if "Results" in d:
        return from_trivy
    if "matches" in d:
        return from_grype
    if "vulnerabilities" in d and "auditReportVersion" in d:
        return from_npm
    return from_pip_audit


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("scan")
    ap.add_argument("--out", default="findings.csv")
    a = ap.parse_args()
    d = json.load(open(a.scan))
    rows, seen = [], set()
    for r in detect(d)(d):
        k = (r["package"], r["installed"], r["advisory"])
        if k not in seen:
            seen.add(k)
            rows.append(r)
    with open(a.out, "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["ecosystem", "package", "installed", "fixed", "advisory", "severity", "cvss"])
        w.writeheader()
        w.writerows(rows)
    print(f"{len(rows)} unique findings -> {a.out}")


if __name__ == "__main__":
    main()
