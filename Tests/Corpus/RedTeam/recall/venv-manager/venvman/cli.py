import shutil
import subprocess
import sys
import time
from pathlib import Path

import click


@click.group()
def main():
    """Per-project virtualenv manager."""


@main.command()
@click.option("--python", "py", default=f"{sys.version_info.major}.{sys.version_info.minor}")
def create(py):
    exe = shutil.which(f"python{py}") or sys.executable
    subprocess.run([exe, "-m", "venv", ".venv"], check=True)
    Path(".python-version").write_text(py + "\n")
    click.echo(f"created .venv with python {py}")


@main.command(name="list")
@click.option("--root", default=str(Path.home() / "code"))
def list_(root):
    for cfg in Path(root).glob("*/.venv/pyvenv.cfg"):
        version = next((l.split("=")[1].strip() for l in cfg.read_text().splitlines() if l.startswith("version")), "?")
        size = sum(f.stat().st_size for f in cfg.parent.rglob("*") if f.is_file()) // (1 << 20)
        click.echo(f"{cfg.parent.parent.name:30} py{version:8} {size:6} MiB")


@main.command()
@click.option("--older-than", default="90d")
@click.option("--root", default=str(Path.home() / "code"))
def prune(older_than, root):
    days = int(older_than.rstrip("d"))
    cutoff = time.time() - days * 86400
    for venv in Path(root).glob("*/.venv"):
        if venv.parent.stat().st_mtime < cutoff:
            shutil.rmtree(venv)
            click.echo(f"removed {venv}")
