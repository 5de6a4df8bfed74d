#!/usr/bin/env python3
"""Run instructor tests against untrusted student submissions in a sandboxed
subprocess (rlimits, isolated interpreter, no network, timeout)."""
import argparse
import csv
import hashlib
import os
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

CPU_SECONDS = 2
MEM_BYTES = 256 * 1024 * 1024
WALL_TIMEOUT = 10
RUNNER = """
import importlib.util, sys, traceback
sys.path.insert(0, ".")  # -I drops the cwd; the sandbox dir holds solution.py
spec = importlib.util.spec_from_file_location("test_mod", sys.argv[1])
mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
ok = 0; tests = [n for n in dir(mod) if n.startswith("test_")]
for n in tests:
    try:
        getattr(mod, n)(); print(f"PASS {n}"); ok += 1
    except Exception as e:
        print(f"FAIL {n}: {type(e).__name__}: {e}")
print(f"SCORE {ok}/{len(tests)}")
"""


def limit_resources():
    os.setsid()  # own process group so we can kill children on timeout
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS))
    resource.setrlimit(resource.RLIMIT_AS, (MEM_BYTES, MEM_BYTES))
    resource.setrlimit(resource.RLIMIT_NPROC, (64, 64))
    resource.setrlimit(resource.RLIMIT_FSIZE, (10 * 1024 * 1024, 10 * 1024 * 1024))


def sandbox_cmd(test_file: Path) -> list[str]:
    cmd = [sys.executable, "-I", "runner.py", str(test_file.name)]
    unshare = shutil.which("unshare")
    if sys.platform.startswith("linux") and unshare:
        return [unshare, "--net", "--map-root-user", *cmd]
    print("warning: unshare unavailable; network not isolated", file=sys.stderr)
    return cmd


def run_one(sub_dir: Path, tests: list[Path]):
    results, score, total = [], 0, 0
    with tempfile.TemporaryDirectory(prefix="grade-") as tmp:
        work = Path(tmp)
        shutil.copy(sub_dir / "solution.py", work / "solution.py")
        (work / "runner.py").write_text(RUNNER)
        for t in tests:
            shutil.copy(t, work / t.name)
            env = {"PATH": "/usr/bin:/bin", "HOME": str(work), "http_proxy": "http://0.0.0.0:9",
                   "https_proxy": "http://0.0.0.0:9", "PYTHONDONTWRITEBYTECODE": "1"}
            proc = subprocess.Popen(sandbox_cmd(work / t.name), cwd=work, env=env,
                                    stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                    preexec_fn=limit_resources, text=True)
            try:
                out, _ = proc.communicate(timeout=WALL_TIMEOUT)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                out = "TIMEOUT after %ss\n" % WALL_TIMEOUT
                proc.communicate()
            (work / t.name).unlink()
            m = re.search(r"SCORE (\d+)/(\d+)", out)
            if m:
                score += int(m.group(1)); total += int(m.group(2))
            else:
                total += 1
            results.append((t.name, out[-4000:]))
    return score, total, results


def fingerprint(path: Path) -> str:
    text = re.sub(r"\s+", "", path.read_text(errors="replace"))
    return hashlib.sha256(text.encode()).hexdigest()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--submissions", required=True, type=Path)
    ap.add_argument("--tests", required=True, type=Path)
    ap.add_argument("--out", default="grades.csv")
    ap.add_argument("--only")
    a = ap.parse_args()

    tests = sorted(a.tests.glob("test_*.py"))
    subs = sorted(p for p in a.submissions.iterdir() if (p / "solution.py").exists())
    if a.only:
        subs = [p for p in subs if p.name == a.only]
    Path("feedback").mkdir(exist_ok=True)
    seen = {}
    with open(a.out, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["student_id", "score", "total", "percent"])
        for sub in subs:
            score, total, results = run_one(sub, tests)
            pct = round(100 * score / total, 1) if total else 0
            w.writerow([sub.name, score, total, pct])
            fb = [f"# Feedback for {sub.name}\n", f"Score: {score}/{total}\n"]
            for name, out in results:
                fb.append(f"\n## {name}\n```\n{out.strip()}\n```\n")
            (Path("feedback") / f"{sub.name}.md").write_text("".join(fb))
            seen.setdefault(fingerprint(sub / "solution.py"), []).append(sub.name)
            print(f"{sub.name}: {score}/{total}")
    dups = [ids for ids in seen.values() if len(ids) > 1]
    if dups:
        print("possible duplicates (review manually):", dups)


if __name__ == "__main__":
    main()
