#!/usr/bin/env python3
"""Lint phishing-simulation drafts so they stay safe training content.

ERRORs (exit 1): credential/password/MFA inputs, real links other than the
platform placeholder or approved domains, risky attachment types, landing page
without a training disclosure. WARNINGs: real-brand or sensitive HR themes.
"""
import argparse
import pathlib
import re
import sys

PLACEHOLDER = re.compile(r"\{\{\s*\.URL\s*\}\}")
URL = re.compile(r"""(?:href|src|action)\s*=\s*["']([^"']+)["']|(https?://[^\s"'<>]+)""", re.I)
FORM_INPUT = re.compile(r"<input[^>]*type\s*=\s*[\"']?(password|email|tel)", re.I)
CRED_WORDS = re.compile(r"\b(password|passcode|one[- ]time code|verification code|MFA code)\b", re.I)
RISKY_ATTACH = re.compile(r"\.(exe|js|vbs|scr|iso|img|lnk|hta|docm|xlsm|bat|ps1|zip)\b", re.I)
BRANDS = ("microsoft", "docusign", "paypal", "dhl", "fedex", "irs", "hmrc", "amazon", "google")
HR_THEMES = ("layoff", "redundanc", "bonus", "salary increase", "termination")
DISCLOSURE = re.compile(r"(this was a (phishing )?simulation|security awareness (exercise|training))", re.I)


def lint(path: pathlib.Path, allowed: set, is_landing: bool):
    text = path.read_text(encoding="utf-8", errors="replace")
    errors, warnings = [], []
    if "<form" in text.lower() or FORM_INPUT.search(text):
        errors.append("contains a form/credential-style input; simulations must not collect data")
    if is_landing and CRED_WORDS.search(text) and not DISCLOSURE.search(text):
        errors.append("asks for passwords/codes without a training disclosure")
    for match in URL.finditer(text):
        url = match.group(1) or match.group(2)
        if PLACEHOLDER.fullmatch(url.strip()) or url.startswith(("mailto:", "#", "cid:")):
            continue
        host = re.sub(r"^https?://", "", url).split("/")[0].lower()
        if host not in allowed:
            errors.append(f"link to {url!r}; use the platform placeholder {{{{.URL}}}} or an approved domain")
    if RISKY_ATTACH.search(text):
        errors.append("mentions a risky attachment type; use a harmless PDF training page")
    lowered = text.lower()
    for brand in BRANDS:
        if re.search(rf"\b{brand}\b", lowered):
            warnings.append(f"mentions real brand '{brand}': needs legal sign-off or a fictional brand")
    for theme in HR_THEMES:
        if theme in lowered:
            warnings.append(f"sensitive HR theme '{theme}': needs HR approval")
    if is_landing and not DISCLOSURE.search(text):
        errors.append("landing page must state clearly that this was a simulation")
    if not is_landing and not PLACEHOLDER.search(text):
        warnings.append("email has no {{.URL}} placeholder; clicks will not be tracked")
    return errors, warnings


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("email")
    ap.add_argument("--landing")
    ap.add_argument("--allow-domain", action="append", default=[],
                    help="approved internal domain, e.g. intranet.yourcompany.com")
    args = ap.parse_args()
    allowed = {d.lower() for d in args.allow_domain}
    failed = False
    targets = [(args.email, False)] + ([(args.landing, True)] if args.landing else [])
    for name, is_landing in targets:
        errors, warnings = lint(pathlib.Path(name), allowed, is_landing)
        for e in errors:
            print(f"ERROR   {name}: {e}")
        for w in warnings:
            print(f"WARNING {name}: {w}")
        failed |= bool(errors)
        if not errors and not warnings:
            print(f"OK      {name}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
