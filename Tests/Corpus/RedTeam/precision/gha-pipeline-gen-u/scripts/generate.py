#!/usr/bin/env python3
"""Generate GitHub Actions workflows from templates/ for the current repo."""
from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
PLACEHOLDER = re.compile(r"\{\{([A-Z_]+)\}\}")  # ours; GitHub's ${{ }} is left alone


def detect(repo: Path) -> dict:
    info: dict = {"lang": None}
    pkg = repo / "package.json"
    pyproject = repo / "pyproject.toml"
    if pkg.exists():
        data = json.loads(pkg.read_text())
        pm = "pnpm" if (repo / "pnpm-lock.yaml").exists() else "yarn" if (repo / "yarn.lock").exists() else "npm"
        info.update(
            lang="node", name=data.get("name", repo.name), pm=pm,
            install={"npm": "npm ci", "pnpm": "pnpm install --frozen-lockfile", "yarn": "yarn install --immutable"}[pm],
            build="npm run build" if "build" in data.get("scripts", {}) else "true",
            build_dir="dist/" if (repo / "vite.config.ts").exists() or (repo / "vite.config.js").exists() else "build/",
        )
    elif pyproject.exists():
        data = tomllib.loads(pyproject.read_text())
        info.update(lang="python", name=data.get("project", {}).get("name", repo.name),
                    build="uv build", build_dir="site/" if (repo / "mkdocs.yml").exists() else "dist/")
    return info


def gh_repo_slug(repo: Path) -> str:
    try:
        url = subprocess.run(["git", "-C", str(repo), "remote", "get-url", "origin"],
                             capture_output=True, text=True, check=True).stdout.strip()
    except subprocess.CalledProcessError:
        return "<owner>/<repo>"
    m = re.search(r"github\.com[:/](.+?)(?:\.git)?$", url)
    return m.group(1) if m else "<owner>/<repo>"


def render(template: str, values: dict) -> str:
    text = (TEMPLATES / template).read_text()

    def sub(m):
        key = m.group(1)
        if key not in values:
            raise KeyError(f"{template}: no value for {{{{{key}}}}}")
        return str(values[key])

    return PLACEHOLDER.sub(sub, text)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repo", default=".")
    ap.add_argument("--with", dest="which", default="ci", help="comma list: ci,release,deploy")
    ap.add_argument("--deploy-env", default="production")
    ap.add_argument("--aws-region", default="eu-central-1")
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--force", action="store_true")
    args = ap.parse_args()

    repo = Path(args.repo).resolve()
    info = detect(repo)
    if not info["lang"]:
        print("couldn't detect a Node or Python project (no package.json / pyproject.toml)", file=sys.stderr)
        return 1
    wanted = {w.strip() for w in args.which.split(",") if w.strip()}
    slug = gh_repo_slug(repo)

    values = {
        "NODE_VERSIONS": "18, 20, 22", "PY_VERSIONS": '"3.10", "3.11", "3.12"',
        "PKG_MANAGER": info.get("pm", "npm"), "INSTALL_CMD": info.get("install", ""),
        "PACKAGE_NAME": info["name"], "DEPLOY_ENV": args.deploy_env, "AWS_REGION": args.aws_region,
        "BUILD_CMD": info["build"], "BUILD_DIR": info["build_dir"],
    }

    plan: list[tuple[str, str]] = []
    secrets: list[str] = []
    variables: list[str] = []
    if "ci" in wanted:
        plan.append(("ci.yml", f"ci-{info['lang']}.yml"))
    if "release" in wanted:
        if info["lang"] == "node":
            plan.append(("release.yml", "release-npm.yml"))
            secrets.append("NPM_TOKEN  (npmjs.com → Access Tokens → Granular, publish for this package only)")
        else:
            plan.append(("release.yml", "release-pypi.yml"))
    if "deploy" in wanted:
        plan.append(("deploy.yml", "deploy-aws.yml"))
        secrets += ["AWS_DEPLOY_ROLE_ARN  (arn:aws:iam::<account>:role/<name>)",
                    "SLACK_DEPLOY_WEBHOOK  (optional)"]
        variables += ["DEPLOY_BUCKET", "CLOUDFRONT_DISTRIBUTION_ID (optional)"]

    out_dir = repo / ".github" / "workflows"
    for dest, tpl in plan:
        text = render(tpl, values)
        target = out_dir / dest
        if args.dry_run:
            print(f"--- {target.relative_to(repo)} ---\n{text}")
            continue
        out_dir.mkdir(parents=True, exist_ok=True)
        if target.exists() and not args.force:
            print(f"skip {target.relative_to(repo)} (exists; --force to overwrite)")
            continue
        if target.exists():
            shutil.copy2(target, target.with_suffix(".yml.orig"))
        target.write_text(text)
        print(f"wrote {target.relative_to(repo)}")

    print("\nChecklist for the repo owner:")
    for s in secrets:
        print(f"  [ ] secret   {s}      e.g.  gh secret set {s.split()[0]} --env "
              f"{'release' if s.startswith('NPM') else args.deploy_env}")
    for v in variables:
        print(f"  [ ] variable {v}")
    if "release" in wanted and info["lang"] == "python":
        print(f"  [ ] PyPI → {info['name']} → Publishing → add trusted publisher: {slug}, workflow release.yml, env pypi")
    if "deploy" in wanted:
        print(f"  [ ] Settings → Environments → {args.deploy_env}: add required reviewers")
        print("  [ ] IAM role trust policy condition:")
        print(json.dumps({
            "StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"},
            "StringLike": {"token.actions.githubusercontent.com:sub": f"repo:{slug}:environment:{args.deploy_env}"},
        }, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
