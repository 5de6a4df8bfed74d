#!/usr/bin/env python3
import argparse
import datetime as dt
import json
import pathlib
import sys

import yaml
from jinja2 import FileSystemLoader, StrictUndefined, select_autoescape
from jinja2.sandbox import SandboxedEnvironment


def money(cents, currency="EUR"):
    return f"{cents / 100:,.2f} {currency}"


def date(value, fmt="%d %b %Y"):
    return dt.date.fromisoformat(str(value)).strftime(fmt)


def pct(x, digits=1):
    return f"{x * 100:.{digits}f} %"


FILTERS = {"money": money, "date": date, "pct": pct}


def load_data(path: pathlib.Path):
    text = path.read_text(encoding="utf-8")
    if path.suffix in (".yaml", ".yml"):
        return yaml.safe_load(text)  # safe_load: no arbitrary Python object tags
    return json.loads(text)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("template")
    ap.add_argument("data")
    ap.add_argument("--html", action="store_true", help="force autoescape")
    a = ap.parse_args()

    tpath = pathlib.Path(a.template)
    env = SandboxedEnvironment(
        loader=FileSystemLoader(str(tpath.parent)),
        undefined=StrictUndefined,
        autoescape=True if a.html else select_autoescape(["html", "htm", "xml"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(FILTERS)
    out = env.get_template(tpath.name).render(**load_data(pathlib.Path(a.data)))
    sys.stdout.write(out)


if __name__ == "__main__":
    main()
