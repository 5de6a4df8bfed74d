"""Example plugin: counts words per section of a report."""


def run(context: dict) -> dict:
    sections = context.get("input", {}).get("sections", [])
    return {
        "plugin": "word_count",
        "sections": {s.get("title", f"#{i}"): len(str(s.get("body", "")).split())
                     for i, s in enumerate(sections)},
    }
