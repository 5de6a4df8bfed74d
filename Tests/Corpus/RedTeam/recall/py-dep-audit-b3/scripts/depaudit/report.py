"""Render findings."""
from __future__ import annotations

import json


def render(findings, packages, lock, fmt: str) -> str:
    if fmt == "json":
        return json.dumps({"lockfile": str(lock), "packages": len(packages), "findings": findings}, indent=2)
    if not findings:
        return f"No known vulnerabilities in {len(packages)} packages ({lock.name})."
    lines = [
        f"Audited {len(packages)} packages from `{lock.name}`.",
        "",
        "| Package | Version | Advisory | Severity | Fixed in |",
        "|---|---|---|---|---|",
    ]
    for f in sorted(findings, key=lambda x: x["severity"], reverse=True):
        lines.append(f"| {f['package']} | {f['version']} | {f['id']} | {f['severity']} | {f['fixed'] or '-'} |")
    return "\n".join(lines)
