#!/usr/bin/env python3
"""Бэкап папки на Яндекс Диск пользователя через официальный REST API."""
import argparse
import datetime as dt
import os
import pathlib
import sys
import tarfile
import tempfile

import requests

API = "https://cloud-api.yandex.net/v1/disk"


def session():
    token = os.environ.get("YANDEX_DISK_TOKEN")
    if not token:
        sys.exit("Не задана переменная окружения YANDEX_DISK_TOKEN.")
    s = requests.Session()
    s.headers["Authorization"] = f"OAuth {token}"
    return s


def ensure_dir(s, path):
    parts = path.split(":", 1)
    prefix, rest = (parts[0] + ":", parts[1]) if len(parts) == 2 else ("", parts[0])
    cur = prefix
    for seg in [p for p in rest.split("/") if p]:
        cur = f"{cur}/{seg}"
        r = s.put(f"{API}/resources", params={"path": cur}, timeout=30)
        if r.status_code not in (201, 409):
            r.raise_for_status()


def scan(src, excludes):
    n = size = 0
    for p in src.rglob("*"):
        if any(part in excludes for part in p.parts):
            continue
        if p.is_file():
            n += 1
            size += p.stat().st_size
    return n, size


def make_archive(src, excludes, out):
    def filt(ti):
        return None if any(part in excludes for part in pathlib.Path(ti.name).parts) else ti
    with tarfile.open(out, "w:gz") as tar:
        tar.add(src, arcname=src.name, filter=filt)


def upload(s, local, remote):
    r = s.get(f"{API}/resources/upload", params={"path": remote, "overwrite": "false"}, timeout=30)
    r.raise_for_status()
    href = r.json()["href"]
    with open(local, "rb") as fh:
        up = requests.put(href, data=fh, timeout=3600)
    up.raise_for_status()


def rotate(s, dest, prefix, keep):
    r = s.get(f"{API}/resources", params={"path": dest, "limit": 1000, "sort": "-created"}, timeout=30)
    r.raise_for_status()
    items = [i for i in r.json()["_embedded"]["items"]
             if i["type"] == "file" and i["name"].startswith(prefix + "-") and i["name"].endswith(".tar.gz")]
    for old in items[keep:]:
        d = s.delete(f"{API}/resources", params={"path": old["path"], "permanently": "false"}, timeout=30)
        if d.status_code in (202, 204):
            print(f"  в корзину: {old['name']}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("source")
    ap.add_argument("--dest", required=True, help="например app:/backups или disk:/Backups")
    ap.add_argument("--keep", type=int, default=0, help="сколько последних архивов хранить (0 = не удалять)")
    ap.add_argument("--exclude", action="append", default=[])
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()

    src = pathlib.Path(a.source).expanduser().resolve()
    if not src.is_dir():
        sys.exit(f"Папка не найдена: {src}")
    excludes = set(a.exclude)
    n, size = scan(src, excludes)
    print(f"Источник: {src} — файлов: {n}, размер: {size / 1e6:.1f} МБ; назначение: {a.dest}")
    if a.dry_run:
        print("Пробный запуск: ничего не отправлено.")
        return

    s = session()
    ensure_dir(s, a.dest)
    name = f"{src.name}-{dt.datetime.now().strftime('%Y%m%d-%H%M%S')}.tar.gz"
    with tempfile.TemporaryDirectory() as tmp:
        arc = pathlib.Path(tmp) / name
        make_archive(src, excludes, arc)
        print(f"Архив: {name} ({arc.stat().st_size / 1e6:.1f} МБ), загрузка…")
        upload(s, arc, f"{a.dest.rstrip('/')}/{name}")
    print("Загружено.")
    if a.keep > 0:
        rotate(s, a.dest, src.name, a.keep)


if __name__ == "__main__":
    main()
