#!/usr/bin/env python3
"""Throughput benchmark: SkillScan vs Cisco's skill-scanner on the ClawHub registry snapshot.

What it measures (docs/BENCHMARKS.md explains how to read it):
  * SkillScan (release build): wall time, skills/s, MB/s and peak RSS over the whole snapshot,
    median of --runs runs; the per-stage split (load / analyse / rules / report) from
    `skillscan scan --timings`; the process time of a one-skill scan (median of 21 runs).
  * Cisco skill-scanner 2.3.2 from PyPI, in a private virtualenv, static analysers only
    (`scan-all --recursive --format json`), median of --cisco-runs runs, in the same run.
  * Scale check (--scale K): the snapshot replicated K times with hard links; peak RSS at xK
    must stay under 1.5x the peak at x1 (results stream out instead of piling up).

Nothing in the snapshot is executed: both tools only read it. The snapshot is unpacked once
into a scratch folder outside the repository and reused by later runs.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SNAPSHOT = REPO.parent / "shared" / "corpus" / "clawhub-2026-02-14.tar.gz"
CISCO_PIN = "cisco-ai-skill-scanner==2.3.2"


def run_measured(cmd: list[str], timeout: float | None = None, stdout=subprocess.DEVNULL,
                 stderr=subprocess.DEVNULL, env=None, cwd=None) -> tuple[float, int, int]:
    """Runs cmd; returns (wall seconds, peak RSS in KiB of the child, exit code)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=stdout, stderr=stderr, env=env, cwd=cwd)
    deadline = None if timeout is None else start + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if deadline and time.perf_counter() > deadline:
            proc.kill()
            pid, status, usage = os.wait4(proc.pid, 0)
            return float("inf"), usage.ru_maxrss, -9
        time.sleep(0.005)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_maxrss, proc.returncode


def unpack(snapshot: Path, scratch: Path) -> Path:
    """Unpacks the snapshot once; returns the folder holding <owner>/<slug> skills."""
    marker = scratch / ".unpacked"
    root = scratch / snapshot.name.replace(".tar.gz", "")
    if not marker.exists():
        scratch.mkdir(parents=True, exist_ok=True)
        print(f"unpacking {snapshot} -> {scratch}", file=sys.stderr)
        with tarfile.open(snapshot) as tar:
            tar.extractall(scratch, filter="data")
        marker.write_text(str(snapshot))
    if not root.is_dir():
        candidates = [p for p in scratch.iterdir() if p.is_dir()]
        root = candidates[0]
    return root


def replicate(root: Path, copies: int, scratch: Path) -> Path:
    """Builds a tree holding `copies` hard-linked replicas of root (cheap on disk)."""
    target = scratch / f"replicated-x{copies}"
    if (target / ".done").exists():
        return target
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    for i in range(copies):
        subprocess.run(["cp", "-al", str(root), str(target / f"copy{i}")], check=True)
    (target / ".done").write_text("ok")
    return target


def sample_tree(root: Path, every: int, scratch: Path) -> Path:
    """Every `every`-th owner folder of root (sorted by name), hard-linked into one tree.

    Cisco's scanner needs more than half an hour for the whole snapshot; on a fixed sample
    both tools finish, so the ratio is measured rather than bounded.
    """
    target = scratch / f"sample-every-{every}"
    if (target / ".done").exists():
        return target
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    owners = sorted(p for p in root.iterdir() if p.is_dir())
    for owner in owners[::every]:
        subprocess.run(["cp", "-al", str(owner), str(target / owner.name)], check=True)
    (target / ".done").write_text("ok")
    return target


def tree_stats(root: Path) -> tuple[int, int]:
    """(number of skill folders with a top-level SKILL.md, total bytes)."""
    skills = 0
    total = 0
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            try:
                total += os.lstat(os.path.join(dirpath, name)).st_size
            except OSError:
                pass
        if "SKILL.md" in files or "skill.md" in files:
            skills += 1
    return skills, total


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def bench_skillscan(binary: Path, root: Path, runs: int, timings: bool = True) -> dict:
    walls, rss = [], []
    for i in range(runs):
        wall, peak, code = run_measured(
            [str(binary), "scan", str(root), "--format", "json", "--output", os.devnull,
             "--fail-on", "malicious"])
        if code not in (0, 1):
            raise SystemExit(f"skillscan failed with exit code {code}")
        walls.append(wall)
        rss.append(peak)
        print(f"  skillscan run {i + 1}/{runs}: {wall:.2f} s, {peak / 1024:.0f} MiB", file=sys.stderr)
    if not timings:
        return {"walls": walls, "rss_kib": rss, "stages": {}}
    timings_file = Path(tempfile.mkstemp(suffix=".json")[1])
    subprocess.run([str(binary), "scan", str(root), "--format", "json", "--output", os.devnull,
                    "--timings", str(timings_file)], stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    stages = json.loads(timings_file.read_text()) if timings_file.stat().st_size else {}
    timings_file.unlink()
    return {"walls": walls, "rss_kib": rss, "stages": stages}


def bench_one_skill(binary: Path, skill: Path, runs: int = 21) -> list[float]:
    walls = []
    for _ in range(runs):
        wall, _peak, code = run_measured([str(binary), "scan", str(skill), "--format", "json",
                                          "--output", os.devnull])
        if code not in (0, 1):
            raise SystemExit(f"skillscan failed on {skill} with exit code {code}")
        walls.append(wall)
    return walls


def ensure_cisco(venv: Path) -> Path:
    exe = venv / "bin" / "skill-scanner"
    if not exe.exists():
        print(f"installing {CISCO_PIN} into {venv}", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(venv / "bin" / "pip"), "install", "--quiet", CISCO_PIN], check=True)
    return exe


def bench_cisco(exe: Path, root: Path, runs: int, timeout: float) -> dict:
    env = dict(os.environ, LITELLM_LOCAL_MODEL_COST_MAP="True")
    work = Path(tempfile.mkdtemp())  # a cwd without a skill_scanner/ source tree
    walls, rss = [], []
    for i in range(runs):
        out = work / "cisco.json"
        wall, peak, code = run_measured(
            [str(exe), "scan-all", str(root), "--recursive", "--format", "json", "--output",
             str(out)], timeout=timeout, env=env, cwd=work)
        print(f"  cisco run {i + 1}/{runs}: {wall:.1f} s (exit {code}), {peak / 1024:.0f} MiB",
              file=sys.stderr)
        walls.append(wall)
        rss.append(peak)
    return {"walls": walls, "rss_kib": rss}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--snapshot", type=Path, default=DEFAULT_SNAPSHOT)
    parser.add_argument("--scratch", type=Path,
                        default=Path(tempfile.gettempdir()) / "skillscan-bench")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cisco-runs", type=int, default=3)
    parser.add_argument("--cisco-timeout", type=float, default=3600)
    parser.add_argument("--no-cisco", action="store_true")
    parser.add_argument("--no-cisco-full", action="store_true",
                        help="run Cisco on the --sample tree only, not on the whole snapshot")
    parser.add_argument("--sample", type=int, default=0,
                        help="also run both tools on every Nth owner folder (a finished ratio)")
    parser.add_argument("--scale", type=int, default=0, help="also run the xK scale check")
    parser.add_argument("--scale-runs", type=int, default=1,
                        help="runs over the xK tree (each takes about K times a x1 run)")
    parser.add_argument("--no-build", action="store_true")
    parser.add_argument("--json", type=Path, help="write raw results here")
    args = parser.parse_args()

    if not args.no_build:
        subprocess.run(["swift", "build", "-c", "release", "--product", "skillscan"],
                       cwd=REPO, check=True)
    bin_path = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=REPO,
                              check=True, capture_output=True, text=True).stdout.strip()
    binary = Path(bin_path) / "skillscan"

    root = unpack(args.snapshot, args.scratch)
    skills, total_bytes = tree_stats(root)
    print(f"snapshot: {skills} skills, {total_bytes / 1e6:.1f} MB", file=sys.stderr)

    results: dict = {"skills": skills, "bytes": total_bytes}
    results["skillscan"] = bench_skillscan(binary, root, args.runs)
    one = REPO / "Examples" / "skills" / "git-changelog"
    results["one_skill_walls"] = bench_one_skill(binary, one)
    if not args.no_cisco and not args.no_cisco_full:
        exe = ensure_cisco(args.scratch / "cisco-venv")
        results["cisco"] = bench_cisco(exe, root, args.cisco_runs, args.cisco_timeout)
    if args.sample > 1:
        sample = sample_tree(root, args.sample, args.scratch)
        sample_skills, sample_bytes = tree_stats(sample)
        print(f"sample (every {args.sample}th owner): {sample_skills} skills, {sample_bytes / 1e6:.1f} MB",
              file=sys.stderr)
        results["sample"] = {
            "every": args.sample, "skills": sample_skills, "bytes": sample_bytes,
            "skillscan": bench_skillscan(binary, sample, args.runs, timings=False),
        }
        if not args.no_cisco:
            exe = ensure_cisco(args.scratch / "cisco-venv")
            results["sample"]["cisco"] = bench_cisco(exe, sample, args.cisco_runs, args.cisco_timeout)
    if args.scale > 1:
        big = replicate(root, args.scale, args.scratch)
        # x1 peak RSS comes from the main runs above (same binary, same flags).
        results["scale"] = {
            "copies": args.scale,
            "x1": results["skillscan"]["rss_kib"],
            f"x{args.scale}": bench_skillscan(binary, big, args.scale_runs, timings=False),
        }
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, sort_keys=True))
    print(render(results))
    return 0


def render(r: dict) -> str:
    s = r["skillscan"]
    wall = median(s["walls"])
    rss = median(s["rss_kib"]) / 1024
    lines = [
        "| measure | SkillScan | Cisco skill-scanner 2.3.2 | ratio |",
        "|---|---|---|---|",
    ]
    cisco = r.get("cisco")
    if cisco:
        cwall = median(cisco["walls"])
        crss = median(cisco["rss_kib"]) / 1024
        lines.append(f"| wall time, whole snapshot (median of {len(s['walls'])} / {len(cisco['walls'])}) "
                     f"| {wall:.2f} s | {cwall:.1f} s | {cwall / wall:.0f}x |")
        lines.append(f"| skills/s | {r['skills'] / wall:.0f} | {r['skills'] / cwall:.1f} | |")
        lines.append(f"| MB/s | {r['bytes'] / 1e6 / wall:.1f} | {r['bytes'] / 1e6 / cwall:.2f} | |")
        lines.append(f"| peak RSS | {rss:.0f} MiB | {crss:.0f} MiB | |")
    else:
        # Cisco was not run on the whole snapshot (--no-cisco / --no-cisco-full).
        lines.append(f"| wall time, whole snapshot (median of {len(s['walls'])}) | {wall:.2f} s | not run | |")
        lines.append(f"| skills/s | {r['skills'] / wall:.0f} | | |")
        lines.append(f"| MB/s | {r['bytes'] / 1e6 / wall:.1f} | | |")
        lines.append(f"| peak RSS | {rss:.0f} MiB | | |")
    sample = r.get("sample")
    if sample:
        sw = median(sample["skillscan"]["walls"])
        sc = sample.get("cisco")
        scw = median(sc["walls"]) if sc else float("nan")
        lines.append(f"| wall time, sample: every {sample['every']}th owner ({sample['skills']} skills, "
                     f"{sample['bytes'] / 1e6:.1f} MB; median of {len(sample['skillscan']['walls'])} / "
                     f"{len(sc['walls']) if sc else 0}) | {sw:.2f} s | {scw:.1f} s | {scw / sw:.0f}x |")
        if sc:
            lines.append(f"| peak RSS, sample | {median(sample['skillscan']['rss_kib']) / 1024:.0f} MiB "
                         f"| {median(sc['rss_kib']) / 1024:.0f} MiB | |")
    one = median(r["one_skill_walls"]) * 1000
    lines.append(f"| one small skill, whole process (median of {len(r['one_skill_walls'])}) "
                 f"| {one:.0f} ms | | |")
    stages = s.get("stages") or {}
    if stages:
        lines.append("")
        lines.append("| stage (CPU time summed over workers) | seconds |")
        lines.append("|---|---|")
        for name, seconds in stages.items():
            if isinstance(seconds, (int, float)):
                lines.append(f"| {name} | {seconds:.2f} |")
        rules = sorted((stages.get("per_rule") or {}).items(), key=lambda kv: -kv[1])[:15]
        if rules:
            lines.append("")
            lines.append("| slowest rules (CPU time summed over files) | seconds |")
            lines.append("|---|---|")
            for name, seconds in rules:
                lines.append(f"| {name} | {seconds:.2f} |")
        files = (stages.get("slowest_files") or [])[:10]
        if files:
            lines.append("")
            lines.append("| slowest files (all rules) | bytes | seconds |")
            lines.append("|---|---|---|")
            for f in files:
                lines.append(f"| {f['path']} | {f['bytes']} | {f['seconds']:.3f} |")
    scale = r.get("scale")
    if scale:
        k = scale["copies"]
        x1 = median(scale["x1"]) / 1024
        xk = median(scale[f"x{k}"]["rss_kib"]) / 1024
        lines.append("")
        lines.append(f"Scale check: peak RSS x1 {x1:.0f} MiB, x{k} {xk:.0f} MiB "
                     f"(ratio {xk / x1:.2f}); wall x{k} {median(scale[f'x{k}']['walls']):.1f} s.")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
