#!/usr/bin/env python3
"""設定されたディレクトリ内の古いログを圧縮・削除する。既定はドライラン。"""
import argparse
import gzip
import os
import pathlib
import shutil
import sys
import time

try:
    import tomllib
except ModuleNotFoundError:  # Python < 3.11
    import tomli as tomllib

DAY = 86400
ACTIVE_SECONDS = 600


def human(n):
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024:
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} TB"


def files(root: pathlib.Path, pattern: str):
    for p in root.rglob(pattern):
        if p.is_symlink() or not p.is_file():
            continue
        yield p


def process(t, apply, confirm_delete):
    root = pathlib.Path(os.path.expanduser(t["path"])).resolve()
    if not root.is_dir():
        print(f"[{t['path']}] ディレクトリが存在しません。スキップします。")
        return 0
    now = time.time()
    comp_age = t.get("compress_after_days", 3) * DAY
    del_age = t.get("delete_after_days", 30) * DAY
    pattern = t.get("pattern", "*.log")

    to_compress = [p for p in files(root, pattern)
                   if now - p.stat().st_mtime > comp_age and now - p.stat().st_mtime > ACTIVE_SECONDS]
    to_delete = [p for p in files(root, pattern + ".gz") if now - p.stat().st_mtime > del_age]

    csize = sum(p.stat().st_size for p in to_compress)
    dsize = sum(p.stat().st_size for p in to_delete)
    print(f"[{t['path']}] 圧縮候補 {len(to_compress)} 件 ({human(csize)}) / 削除候補 {len(to_delete)} 件 ({human(dsize)})")
    if not apply:
        for p in to_delete[:20]:
            print(f"   削除予定: {p}")
        return 0

    freed = 0
    for p in to_compress:
        gz = p.with_name(p.name + ".gz")
        with open(p, "rb") as src, gzip.open(gz, "wb") as dst:
            shutil.copyfileobj(src, dst)
        os.utime(gz, (p.stat().st_atime, p.stat().st_mtime))
        freed += p.stat().st_size - gz.stat().st_size
        p.unlink()

    if to_delete:
        if not t.get("auto_delete", False) and confirm_delete:
            ans = input(f"{len(to_delete)} 件の圧縮ログ ({human(dsize)}) を削除しますか？ [y/N] ")
            if ans.strip().lower() not in ("y", "yes"):
                print("削除をキャンセルしました。")
                return freed
        elif not t.get("auto_delete", False):
            print("非対話モードかつ auto_delete=false のため削除はスキップしました。")
            return freed
        for p in to_delete:
            freed += p.stat().st_size
            p.unlink()
    return freed


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--config", default="log-pruner.toml")
    ap.add_argument("--apply", action="store_true")
    a = ap.parse_args()
    cfg_path = pathlib.Path(a.config)
    if not cfg_path.exists():
        sys.exit(f"設定ファイル {cfg_path} がありません。対象ディレクトリを指定して作成してください。")
    cfg = tomllib.loads(cfg_path.read_text(encoding="utf-8"))
    total = 0
    for t in cfg.get("target", []):
        total += process(t, a.apply, sys.stdin.isatty())
    if a.apply:
        print(f"合計 {human(total)} を解放しました。")
    else:
        print("ドライランのため何も変更していません。--apply で実行します。")


if __name__ == "__main__":
    main()
