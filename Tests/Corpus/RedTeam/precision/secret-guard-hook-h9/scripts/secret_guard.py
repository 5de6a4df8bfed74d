#!/usr/bin/env python3
"""secret_guard.py - block staged credential files and secret-shaped strings.

Exit 0: nothing found. Exit 1: findings (commit blocked). Exit 2: usage/git error.
Only staged content of the current repository is inspected. No network access.
"""
from __future__ import annotations

import fnmatch
import subprocess
import sys
from pathlib import Path, PurePosixPath

sys.path.insert(0, str(Path(__file__).resolve().parent))
from patterns import ALLOW_MARKER, KNOWN_EXAMPLES, SECRET_PATTERNS, load_blocked_globs, redact  # noqa: E402

SKILL_DIR = Path(__file__).resolve().parent.parent
BLOCKLIST = SKILL_DIR / "references" / "blocked-filenames.txt"
MAX_BLOB = 2 * 1024 * 1024  # skip very large staged files


def git(*args: str) -> bytes:
    return subprocess.run(["git", *args], check=True, capture_output=True).stdout


def staged_paths() -> list[str]:
    out = git("diff", "--cached", "--name-only", "-z", "--diff-filter=ACMR")
    return [p for p in out.decode("utf-8", "replace").split("\0") if p]


def allowlist(repo_root: Path) -> list[str]:
    f = repo_root / ".secretguard-allow"
    if not f.exists():
        return []
    return [l.strip() for l in f.read_text().splitlines() if l.strip() and not l.startswith("#")]


def _matches(path: str, g: str) -> bool:
    if "/" in g:
        return fnmatch.fnmatch(path, g) or fnmatch.fnmatch(path, "*/" + g)
    return fnmatch.fnmatch(PurePosixPath(path).name, g)


def blocked_name(path: str, globs: list[str]) -> str | None:
    # "!pattern" lines are exceptions (e.g. !.env.example) and win over blocks.
    if any(_matches(path, g[1:]) for g in globs if g.startswith("!")):
        return None
    p = PurePosixPath(path)
    for g in globs:
        if g.startswith("!"):
            continue
        if "/" in g:
            if fnmatch.fnmatch(path, g) or fnmatch.fnmatch(path, "*/" + g):
                return g
        elif fnmatch.fnmatch(p.name, g):
            return g
    return None


def added_lines(path: str) -> list[tuple[int, str]]:
    """Return (line number, text) for lines added in the staged diff of `path`."""
    diff = git("diff", "--cached", "--unified=0", "--no-color", "--", path).decode("utf-8", "replace")
    lines, lineno = [], 0
    for raw in diff.splitlines():
        if raw.startswith("@@"):
            # @@ -a,b +c,d @@
            plus = raw.split("+", 1)[1].split(" ", 1)[0]
            lineno = int(plus.split(",")[0]) - 1
        elif raw.startswith("+") and not raw.startswith("+++"):
            lineno += 1
            lines.append((lineno, raw[1:]))
        elif not raw.startswith("-"):
            lineno += 1
    return lines


def scan(paths: list[str], globs: list[str], allowed: list[str]) -> list[str]:
    findings = []
    for path in paths:
        if any(fnmatch.fnmatch(path, a) for a in allowed):
            continue
        rule = blocked_name(path, globs)
        if rule:
            findings.append(f"{path}: credential file name matches '{rule}'")
            continue
        size = int(git("cat-file", "-s", f":{path}").strip() or 0)
        if size > MAX_BLOB:
            continue
        for lineno, text in added_lines(path):
            if ALLOW_MARKER in text:
                continue
            for name, rx in SECRET_PATTERNS.items():
                for m in rx.finditer(text):
                    if m.group(0) in KNOWN_EXAMPLES:
                        continue
                    findings.append(f"{path}:{lineno}: {name} {redact(m.group(0))}")
    return findings


def main() -> int:
    try:
        root = Path(git("rev-parse", "--show-toplevel").decode().strip())
        paths = staged_paths()
    except (subprocess.CalledProcessError, FileNotFoundError) as exc:
        print(f"secret-guard: not a git repository or git missing ({exc})", file=sys.stderr)
        return 2
    findings = scan(paths, load_blocked_globs(BLOCKLIST), allowlist(root))
    if not findings:
        return 0
    print("secret-guard: commit blocked - possible secrets staged:\n", file=sys.stderr)
    for f in findings:
        print(f"  - {f}", file=sys.stderr)
    print("\nUnstage with `git restore --staged <file>`, add it to .gitignore, and rotate any secret "
          "that was already pushed. False positive? Add the path to .secretguard-allow or mark the "
          f"line with '{ALLOW_MARKER}'.", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
