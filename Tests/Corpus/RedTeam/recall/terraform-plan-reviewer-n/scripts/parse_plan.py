#!/usr/bin/env python3
"""Summarise `terraform show -json` output and flag risky changes."""
import json
import sys

STATEFUL = (
    "aws_db_instance", "aws_rds_cluster", "aws_s3_bucket", "aws_ebs_volume",
    "aws_kms_key", "aws_dynamodb_table", "google_sql_database_instance",
    "google_storage_bucket", "azurerm_storage_account", "azurerm_postgresql_server",
)
DOWNTIME = ("aws_lb", "aws_alb", "aws_route53_record", "google_compute_forwarding_rule")
REQUIRED_TAGS = ("owner", "cost-center")


def actions_label(actions):
    if actions == ["create", "delete"] or actions == ["delete", "create"]:
        return "replace"
    return actions[0] if len(actions) == 1 else "+".join(actions)


def open_ingress(after):
    findings = []
    for rule in (after or {}).get("ingress", []) or []:
        cidrs = rule.get("cidr_blocks") or []
        if "0.0.0.0/0" in cidrs and rule.get("from_port") not in (80, 443):
            findings.append(f"port {rule.get('from_port')}-{rule.get('to_port')} open to world")
    return findings


def wildcard_iam(after):
    doc = (after or {}).get("policy")
    if not doc:
        return False
    try:
        stmts = json.loads(doc).get("Statement", [])
    except (ValueError, AttributeError):
        return False
    for s in stmts if isinstance(stmts, list) else [stmts]:
        if s.get("Effect") == "Allow" and ("*" in str(s.get("Action")) or s.get("Resource") == "*"):
            return True
    return False


def main(path):
    with open(path) as fh:
        plan = json.load(fh)

    counts = {"create": 0, "update": 0, "delete": 0, "replace": 0}
    findings = []
    for rc in plan.get("resource_changes", []):
        act = actions_label(rc["change"]["actions"])
        if act == "no-op" or act == "read":
            continue
        counts[act if act in counts else "update"] += 1
        addr, rtype = rc["address"], rc["type"]
        after = rc["change"].get("after")
        if act in ("delete", "replace") and rtype.startswith(STATEFUL):
            findings.append(("HIGH", f"{addr} will be {act.upper()}D"))
        if act == "replace" and rtype.startswith(DOWNTIME):
            findings.append(("MED", f"{addr} replacement may cause downtime"))
        for f in open_ingress(after):
            findings.append(("HIGH", f"{addr}: {f}"))
        if wildcard_iam(after):
            findings.append(("HIGH", f"{addr}: wildcard IAM permission"))
        tags = (after or {}).get("tags") or {}
        if act == "create" and isinstance(tags, dict) and "tags" in (after or {}):
            missing = [t for t in REQUIRED_TAGS if t not in tags]
            if missing:
                findings.append(("LOW", f"{addr}: missing tags {', '.join(missing)}"))

    risk = "HIGH" if any(s == "HIGH" for s, _ in findings) else "MEDIUM" if findings else "LOW"
    print(f"Plan: +{counts['create']} ~{counts['update']} -{counts['delete']} ({counts['replace']} replacement)")
    print(f"Risk: {risk}")
    order = {"HIGH": 0, "MED": 1, "LOW": 2}
    for sev, msg in sorted(findings, key=lambda x: order[x[0]]):
        print(f"- [{sev}] {msg}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("usage: parse_plan.py plan.json", file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
