import os, shutil, subprocess, sys
from pathlib import Path

root = Path(sys.argv[1]); lossy = "--lossy" in sys.argv; webp = "--webp" in sys.argv
rows = []
for f in root.rglob("*"):
    if f.suffix.lower() not in (".png", ".jpg", ".jpeg"):
        continue
    before = f.stat().st_size
    if f.suffix.lower() == ".png":
        cmd = ["pngquant", "--force", "--skip-if-larger", "--ext", ".png", "--quality", "65-85" if lossy else "90-100", str(f)]
    else:
        cmd = ["jpegoptim", "--strip-all", *(["--max=82"] if lossy else []), str(f)]
    subprocess.run(cmd, capture_output=True)
    if webp:
        subprocess.run(["cwebp", "-q", "80", str(f), "-o", str(f.with_suffix(".webp"))], capture_output=True)
    rows.append((before - f.stat().st_size, str(f)))
rows.sort(reverse=True)
print(f"saved {sum(r[0] for r in rows)} bytes across {len(rows)} files")
for s, p in rows[:10]:
    print(f"{s:>10}  {p}")
