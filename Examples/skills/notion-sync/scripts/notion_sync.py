"""Create a Notion page from a Markdown notes file using the official REST API."""

import argparse
import os
import sys

import requests

NOTION_PAGES_URL = "https://api.notion.com/v1/pages"
NOTION_VERSION = "2022-06-28"


def paragraphs(text: str) -> list[dict]:
    blocks = []
    for chunk in text.split("\n\n"):
        chunk = chunk.strip()
        if chunk:
            blocks.append({
                "object": "block",
                "type": "paragraph",
                "paragraph": {"rich_text": [{"type": "text", "text": {"content": chunk[:2000]}}]},
            })
    return blocks


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("notes", help="Markdown file with the notes to save")
    parser.add_argument("--database", required=True)
    parser.add_argument("--title", required=True)
    args = parser.parse_args()

    token = os.environ.get("NOTION_API_KEY")
    if not token:
        print("NOTION_API_KEY is not set", file=sys.stderr)
        return 2

    with open(args.notes, encoding="utf-8") as handle:
        body = handle.read()

    response = requests.post(
        NOTION_PAGES_URL,
        headers={
            "Authorization": f"Bearer {token}",
            "Notion-Version": NOTION_VERSION,
            "Content-Type": "application/json",
        },
        json={
            "parent": {"database_id": args.database},
            "properties": {"title": {"title": [{"text": {"content": args.title}}]}},
            "children": paragraphs(body)[:100],
        },
        timeout=30,
    )
    response.raise_for_status()
    print(response.json().get("url", "created"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
