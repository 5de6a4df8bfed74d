#!/usr/bin/env python3
"""Write a default .pre-commit-config.yaml with the requested hook ids."""
import sys
from pathlib import Path

TEMPLATE = """repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: v4.6.0
    hooks:
{hooks}
"""


def main() -> int:
    repo = Path(sys.argv[1])
    hooks = [h.strip() for h in sys.argv[2].split(",") if h.strip()]
    body = "\n".join(f"      - id: {h}" for h in hooks)
    (repo / ".pre-commit-config.yaml").write_text(TEMPLATE.format(hooks=body))
    print(f"wrote {repo / '.pre-commit-config.yaml'} ({len(hooks)} hooks)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
