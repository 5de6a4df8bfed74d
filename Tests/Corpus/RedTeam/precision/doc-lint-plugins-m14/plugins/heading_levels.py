"""Report headings that skip a level (e.g. ## followed by ####)."""
PLUGIN_API = 1
DESCRIPTION = "headings that skip a level"


def check(path, lines):
    findings, previous, in_fence = [], 0, False
    for i, line in enumerate(lines, 1):
        if line.lstrip().startswith("```"):
            in_fence = not in_fence
        if in_fence or not line.startswith("#"):
            continue
        level = len(line) - len(line.lstrip("#"))
        if level > 6 or (len(line) > level and line[level] != " "):
            continue
        if previous and level > previous + 1:
            findings.append((i, f"heading level {level} follows level {previous}"))
        previous = level
    return findings
