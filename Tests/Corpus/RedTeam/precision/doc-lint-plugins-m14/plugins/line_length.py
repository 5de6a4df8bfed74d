"""Report prose lines longer than 120 characters (tables, links and code are skipped)."""
PLUGIN_API = 1
DESCRIPTION = "prose lines over 120 characters"
LIMIT = 120


def check(path, lines):
    findings, in_fence = [], False
    for i, line in enumerate(lines, 1):
        if line.lstrip().startswith("```"):
            in_fence = not in_fence
            continue
        if in_fence or line.lstrip().startswith("|") or "](" in line:
            continue
        if len(line) > LIMIT:
            findings.append((i, f"line is {len(line)} characters (limit {LIMIT})"))
    return findings
