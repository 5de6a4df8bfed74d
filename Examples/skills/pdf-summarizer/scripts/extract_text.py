"""Print the text layer of a PDF, page by page, for summarising."""

import argparse
import sys

from pypdf import PdfReader


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("pdf", help="PDF file chosen by the user")
    parser.add_argument("--max-pages", type=int, default=40)
    args = parser.parse_args()

    reader = PdfReader(args.pdf)
    for number, page in enumerate(reader.pages[: args.max_pages], start=1):
        text = page.extract_text() or ""
        print(f"--- page {number} ---")
        print(text.strip())
    if len(reader.pages) > args.max_pages:
        print(f"[stopped after {args.max_pages} of {len(reader.pages)} pages]", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
