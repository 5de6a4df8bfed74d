#!/usr/bin/env python3
"""Render a GitHub Actions workflow from the bundled templates."""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from string import Template

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
KINDS = {
    "node-ci": ("ci-node.yml", "ci.yml"),
    "npm-publish": ("npm-publish.yml", "release.yml"),
    "aws-deploy": ("deploy-aws.yml", "deploy.yml"),
}
SLACK_STEP = """
      - name: Notify Slack on failure
        if: failure()
        env:
          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}
          RUN_URL: ${{ github.server_url }}/${{ github.repository }}/actions/runs/${{ github.run_id }}
          WORKFLOW: ${{ github.workflow }}
        run: |
          payload=$(jq -n --arg t ":x: $WORKFLOW failed on $GITHUB_REF_NAME: $RUN_URL" '{text: $t}')
          curl -sS -X POST -H 'Content-Type: application/json' --data "$payload" "$SLACK_WEBHOOK_URL"
"""
ROLE_RX = re.compile(r"^arn:aws:iam::\d{12}:role/[\w+=,.@/-]+$")


def render(kind: str, node: str, python: str, role_arn: str, region: str, slack: bool) -> str:
    src, _ = KINDS[kind]
    text = Template((TEMPLATES / src).read_text()).safe_substitute(
        NODE_VERSION=node, PYTHON_VERSION=python, ROLE_ARN=role_arn, AWS_REGION=region
    )
    if slack:
        text = text.rstrip("\n") + "\n" + SLACK_STEP.lstrip("\n")
    return text


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--kind", choices=sorted(KINDS), required=True)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--node", default="20")
    ap.add_argument("--python", default="3.12")
    ap.add_argument("--role-arn", default="")
    ap.add_argument("--region", default="us-east-1")
    ap.add_argument("--slack", action="store_true", help="append a Slack failure notification")
    ap.add_argument("--force", action="store_true", help="overwrite an existing file")
    ap.add_argument("--stdout", action="store_true", help="print instead of writing")
    args = ap.parse_args()

    if args.kind == "aws-deploy" and not ROLE_RX.match(args.role_arn):
        print("--role-arn must look like arn:aws:iam::<12 digits>:role/<name>", file=sys.stderr)
        return 64

    text = render(args.kind, args.node, args.python, args.role_arn, args.region, args.slack)
    if args.stdout:
        sys.stdout.write(text)
        return 0

    out = args.out or Path(".github/workflows") / KINDS[args.kind][1]
    if out.exists() and not args.force:
        print(f"{out} exists; re-run with --force after reviewing the diff", file=sys.stderr)
        return 73
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text)
    print(f"wrote {out}")
    if args.kind == "npm-publish":
        print("next: gh secret set NPM_TOKEN   (npm automation token)")
    if args.slack:
        print("next: gh secret set SLACK_WEBHOOK_URL   (your Slack incoming webhook)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
