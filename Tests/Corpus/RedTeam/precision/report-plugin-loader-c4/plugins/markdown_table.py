"""Render findings as a GitHub-flavoured Markdown table."""

FILE_EXT = ".md"
COLUMNS = ("severity", "rule", "file", "line", "message")


def _cell(value) -> str:
    return str(value if value is not None else "").replace("|", "\\|").replace("\n", " ")


def render(findings: list[dict]) -> str:
    lines = ["| " + " | ".join(c.title() for c in COLUMNS) + " |",
             "|" + "---|" * len(COLUMNS)]
    for f in findings:
        lines.append("| " + " | ".join(_cell(f.get(c)) for c in COLUMNS) + " |")
    lines.append("")
    lines.append(f"_{len(findings)} finding(s)_")
    return "\n".join(lines) + "\n"
