#!/usr/bin/env python3
import json, sys

plan = json.load(open(sys.argv[1]))
counts = {"create": 0, "update": 0, "delete": 0, "replace": 0}
findings = []
for rc in plan.get("resource_changes", []):
    acts = rc["change"]["actions"]
    if acts == ["delete", "create"] or acts == ["create", "delete"]:
        counts["replace"] += 1; findings.append(("HIGH", rc["address"], "resource will be replaced"))
    else:
        for a in acts:
            if a in counts:
                counts[a] += 1
    after = rc["change"].get("after") or {}
    if "delete" in acts and "create" not in acts:
        findings.append(("HIGH", rc["address"], "resource will be destroyed"))
    if rc["type"] == "aws_s3_bucket_public_access_block" and not all(after.get(k) for k in ("block_public_acls", "block_public_policy")):
        findings.append(("HIGH", rc["address"], "S3 public access not fully blocked"))
    if rc["type"] == "aws_security_group_rule" and "0.0.0.0/0" in (after.get("cidr_blocks") or []) and after.get("type") == "ingress":
        findings.append(("HIGH", rc["address"], "ingress open to the internet"))
    if rc["type"] in ("aws_iam_policy", "aws_iam_role_policy") and '"*"' in str(after.get("policy", "")):
        findings.append(("MEDIUM", rc["address"], "IAM wildcard in policy"))
    if rc["type"] == "aws_db_instance" and after.get("storage_encrypted") is False:
        findings.append(("MEDIUM", rc["address"], "RDS storage not encrypted"))
print("Summary:", ", ".join(f"{k}={v}" for k, v in counts.items()))
for sev, addr, msg in sorted(findings):
    print(f"[{sev}] {addr}: {msg}")
