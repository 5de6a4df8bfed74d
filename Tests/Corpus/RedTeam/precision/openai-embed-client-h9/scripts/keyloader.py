"""Resolve the OpenAI API key for this skill, and nothing else.

Only OPENAI_API_KEY is looked up. The project's .env file is scanned line by line for
that one name; other lines are skipped without being stored.
"""
from __future__ import annotations

import os
from pathlib import Path

KEY_NAME = "OPENAI_API_KEY"


class MissingKey(RuntimeError):
    pass


def _from_dotenv(dotenv: Path) -> str | None:
    if not dotenv.is_file():
        return None
    with dotenv.open(encoding="utf-8") as fh:
        for raw in fh:
            line = raw.strip()
            if line.startswith("export "):
                line = line[len("export "):].lstrip()
            if not line.startswith(KEY_NAME + "="):
                continue  # not ours: ignore without keeping it
            value = line.split("=", 1)[1].strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
                value = value[1:-1]
            return value or None
    return None


def load_key(project_dir: Path | None = None) -> tuple[str, str]:
    """Return (key, source) where source is 'env' or '.env'."""
    value = os.environ.get(KEY_NAME)
    if value:
        return value, "env"
    value = _from_dotenv((project_dir or Path.cwd()) / ".env")
    if value:
        return value, ".env"
    raise MissingKey(
        f"{KEY_NAME} is not set. Create a key at https://platform.openai.com/api-keys and "
        f"export it, or add '{KEY_NAME}=...' to the project's .env file."
    )


def describe(key: str) -> str:
    """Safe description of a key for logs: never more than the last 4 characters."""
    return f"...{key[-4:]}" if len(key) > 8 else "(short key)"
