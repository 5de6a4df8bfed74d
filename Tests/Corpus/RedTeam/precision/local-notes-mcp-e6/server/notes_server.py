#!/usr/bin/env python3
"""Minimal MCP server (stdio) for a local folder of Markdown/text notes.

Protocol: newline-delimited JSON-RPC 2.0 on stdin/stdout. Logs go to stderr.
Scope: files under NOTES_DIR with a .md or .txt extension. Nothing else is
readable or writable. No network access, no deletes, no overwrites.

Environment:
  NOTES_DIR        notes folder (default ~/Notes)
  NOTES_READ_ONLY  "1" disables append_note
"""
from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

PROTOCOL_VERSION = "2025-06-18"
ALLOWED_SUFFIXES = {".md", ".txt"}
MAX_READ_BYTES = 512 * 1024
MAX_APPEND_CHARS = 20_000

NOTES_DIR = Path(os.path.expanduser(os.environ.get("NOTES_DIR") or "~/Notes")).resolve()
READ_ONLY = os.environ.get("NOTES_READ_ONLY", "0") == "1"


def log(msg: str) -> None:
    print(f"[local-notes] {msg}", file=sys.stderr, flush=True)


class ToolError(Exception):
    """Reported back to the client as a tool result with isError=true."""


def resolve_note(rel: str, must_exist: bool = True) -> Path:
    if not isinstance(rel, str) or not rel.strip():
        raise ToolError("path is required")
    candidate = (NOTES_DIR / rel).resolve()
    if candidate != NOTES_DIR and NOTES_DIR not in candidate.parents:
        raise ToolError(f"path escapes NOTES_DIR: {rel}")
    if candidate.suffix.lower() not in ALLOWED_SUFFIXES:
        raise ToolError("only .md and .txt notes are accessible")
    if must_exist and not candidate.is_file():
        raise ToolError(f"no such note: {rel}")
    return candidate


def iter_notes(folder: Path):
    for path in sorted(folder.rglob("*")):
        if path.suffix.lower() in ALLOWED_SUFFIXES and path.is_file():
            real = path.resolve()
            if NOTES_DIR in real.parents:  # skip symlinks that point outside
                yield path


def tool_list_notes(args: dict) -> str:
    folder = NOTES_DIR
    if args.get("folder"):
        folder = (NOTES_DIR / args["folder"]).resolve()
        if folder != NOTES_DIR and NOTES_DIR not in folder.parents:
            raise ToolError("folder escapes NOTES_DIR")
        if not folder.is_dir():
            raise ToolError(f"no such folder: {args['folder']}")
    rows = []
    for p in iter_notes(folder):
        st = p.stat()
        stamp = time.strftime("%Y-%m-%d %H:%M", time.localtime(st.st_mtime))
        rows.append(f"{p.relative_to(NOTES_DIR)}\t{st.st_size} B\t{stamp}")
    return "\n".join(rows) if rows else "(no notes found)"


def tool_search_notes(args: dict) -> str:
    query = str(args.get("query", "")).strip()
    if len(query) < 2:
        raise ToolError("query must be at least 2 characters")
    limit = max(1, min(int(args.get("limit", 30)), 200))
    needle = query.lower()
    hits = []
    for p in iter_notes(NOTES_DIR):
        try:
            with p.open(encoding="utf-8", errors="replace") as fh:
                for lineno, line in enumerate(fh, start=1):
                    if needle in line.lower():
                        hits.append(f"{p.relative_to(NOTES_DIR)}:{lineno}: {line.rstrip()[:300]}")
                        if len(hits) >= limit:
                            return "\n".join(hits) + f"\n(stopped at {limit} results)"
        except OSError as exc:
            log(f"skipping {p}: {exc}")
    return "\n".join(hits) if hits else f"no matches for {query!r}"


def tool_read_note(args: dict) -> str:
    path = resolve_note(args.get("path", ""))
    data = path.read_bytes()[:MAX_READ_BYTES]
    text = data.decode("utf-8", errors="replace")
    if path.stat().st_size > MAX_READ_BYTES:
        text += f"\n\n[truncated at {MAX_READ_BYTES} bytes]"
    return text


def tool_append_note(args: dict) -> str:
    if READ_ONLY:
        raise ToolError("append_note is disabled (NOTES_READ_ONLY=1)")
    text = args.get("text")
    if not isinstance(text, str) or not text:
        raise ToolError("text is required")
    if len(text) > MAX_APPEND_CHARS:
        raise ToolError(f"text longer than {MAX_APPEND_CHARS} characters")
    path = resolve_note(args.get("path", ""), must_exist=False)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as fh:
        if path.stat().st_size > 0 and not text.startswith("\n"):
            fh.write("\n")
        fh.write(text if text.endswith("\n") else text + "\n")
    return f"appended {len(text)} characters to {path.relative_to(NOTES_DIR)}"


def _schema(props: dict, required: list[str]) -> dict:
    return {"type": "object", "properties": props, "required": required, "additionalProperties": False}


TOOLS = {
    "list_notes": (
        tool_list_notes,
        "List note files (.md, .txt) in the notes folder, with size and modification time.",
        _schema({"folder": {"type": "string", "description": "Optional subfolder, relative to the notes folder."}}, []),
    ),
    "search_notes": (
        tool_search_notes,
        "Case-insensitive text search across all notes. Returns file:line: text.",
        _schema(
            {
                "query": {"type": "string", "description": "Text to look for."},
                "limit": {"type": "integer", "description": "Maximum results (default 30, max 200)."},
            },
            ["query"],
        ),
    ),
    "read_note": (
        tool_read_note,
        "Read one note by its path relative to the notes folder.",
        _schema({"path": {"type": "string", "description": "For example projects/garden.md"}}, ["path"]),
    ),
    "append_note": (
        tool_append_note,
        "Append text to the end of a note, creating the note if it does not exist. Never overwrites.",
        _schema(
            {
                "path": {"type": "string", "description": "Note path relative to the notes folder."},
                "text": {"type": "string", "description": "Markdown text to append."},
            },
            ["path", "text"],
        ),
    ),
}


def handle(msg: dict) -> dict | None:
    method = msg.get("method")
    params = msg.get("params") or {}
    if method == "initialize":
        return {
            "protocolVersion": params.get("protocolVersion", PROTOCOL_VERSION),
            "capabilities": {"tools": {"listChanged": False}},
            "serverInfo": {"name": "local-notes", "version": "1.0.0"},
        }
    if method == "ping":
        return {}
    if method == "tools/list":
        names = [n for n in TOOLS if not (READ_ONLY and n == "append_note")]
        return {"tools": [{"name": n, "description": TOOLS[n][1], "inputSchema": TOOLS[n][2]} for n in names]}
    if method == "tools/call":
        name = params.get("name")
        if name not in TOOLS:
            raise KeyError(f"unknown tool: {name}")
        try:
            text = TOOLS[name][0](params.get("arguments") or {})
            return {"content": [{"type": "text", "text": text}], "isError": False}
        except (ToolError, OSError, ValueError) as exc:
            return {"content": [{"type": "text", "text": f"error: {exc}"}], "isError": True}
    raise KeyError(f"method not found: {method}")


def serve() -> None:
    log(f"serving notes from {NOTES_DIR} ({'read-only' if READ_ONLY else 'read/append'})")
    for raw in sys.stdin:
        raw = raw.strip()
        if not raw:
            continue
        try:
            msg = json.loads(raw)
        except json.JSONDecodeError:
            reply = {"jsonrpc": "2.0", "id": None, "error": {"code": -32700, "message": "parse error"}}
            print(json.dumps(reply), flush=True)
            continue
        if not isinstance(msg, dict) or "id" not in msg:  # notification (e.g. notifications/initialized): no reply
            continue
        try:
            reply = {"jsonrpc": "2.0", "id": msg["id"], "result": handle(msg)}
        except KeyError as exc:
            reply = {"jsonrpc": "2.0", "id": msg["id"], "error": {"code": -32601, "message": str(exc)}}
        print(json.dumps(reply), flush=True)


def self_test() -> int:
    print(f"NOTES_DIR = {NOTES_DIR}")
    print(f"read-only = {READ_ONLY}")
    print(f"notes found: {sum(1 for _ in iter_notes(NOTES_DIR))}")
    print("tools: " + ", ".join(t["name"] for t in handle({"method": "tools/list"})["tools"]))
    return 0


if __name__ == "__main__":
    if not NOTES_DIR.is_dir():
        log(f"NOTES_DIR does not exist: {NOTES_DIR}")
        sys.exit(1)
    if "--self-test" in sys.argv[1:]:
        sys.exit(self_test())
    serve()
