def write_report(findings, path):
    total = sum(f.get("cost", 0) for f in findings)
    lines = ["# Cloud cost audit", "", f"**Total:** ${total:,.2f}", "", "| account | service | cost |", "|---|---|---|"]
    for f in sorted(findings, key=lambda x: -x.get("cost", 0)):
        lines.append(f"| {f['account']} | {f['service']} | ${f['cost']:,.2f} |")
    with open(path, "w") as fh:
        fh.write("\n".join(lines) + "\n")
