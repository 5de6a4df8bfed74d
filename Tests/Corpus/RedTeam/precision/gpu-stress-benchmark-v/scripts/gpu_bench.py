#!/usr/bin/env python3
"""Bounded GPU matmul benchmark with thermal cut-off. Local only; no network access."""
from __future__ import annotations

import argparse
import json
import shutil
import signal
import statistics
import subprocess
import sys
import time

import torch

HARD_CAP_SECONDS = 600
WINDOW = 5.0


def gpu_temp() -> float | None:
    """Read GPU temperature via nvidia-smi or rocm-smi if present."""
    if shutil.which("nvidia-smi"):
        cmd = ["nvidia-smi", "--query-gpu=temperature.gpu,power.draw", "--format=csv,noheader,nounits", "-i", "0"]
        try:
            out = subprocess.run(cmd, capture_output=True, text=True, timeout=5).stdout
            return float(out.split(",")[0])
        except (subprocess.SubprocessError, ValueError, IndexError):
            return None
    if shutil.which("rocm-smi"):
        try:
            out = subprocess.run(["rocm-smi", "--showtemp", "--json"], capture_output=True, text=True, timeout=5).stdout
            card = next(iter(json.loads(out).values()))
            return float(next(v for k, v in card.items() if "edge" in k.lower()))
        except Exception:
            return None
    return None


def pick_device(name: str) -> torch.device:
    if name != "auto":
        return torch.device(name)
    if torch.cuda.is_available():
        return torch.device("cuda:0")
    if torch.backends.mps.is_available():
        return torch.device("mps")
    sys.exit("no GPU found (CUDA, ROCm or MPS); refusing to stress the CPU instead")


def sync(dev: torch.device) -> None:
    if dev.type == "cuda":
        torch.cuda.synchronize(dev)
    elif dev.type == "mps":
        torch.mps.synchronize()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=int, default=60)
    ap.add_argument("--size", type=int, default=8192)
    ap.add_argument("--dtype", choices=["fp16", "bf16", "fp32"], default="fp16")
    ap.add_argument("--device", default="auto")
    ap.add_argument("--max-temp", type=float, default=85.0)
    ap.add_argument("--out", default="gpu-bench.json")
    ap.add_argument("--info", action="store_true")
    args = ap.parse_args()

    dev = pick_device(args.device)
    if args.info:
        name = torch.cuda.get_device_name(dev) if dev.type == "cuda" else str(dev)
        print(json.dumps({"device": str(dev), "name": name, "torch": torch.__version__, "temp_c": gpu_temp()}, indent=2))
        return 0

    seconds = max(5, min(args.seconds, HARD_CAP_SECONDS))
    if seconds != args.seconds:
        print(f"duration clamped to {seconds}s (allowed 5..{HARD_CAP_SECONDS})")
    dtype = {"fp16": torch.float16, "bf16": torch.bfloat16, "fp32": torch.float32}[args.dtype]

    n = args.size
    while True:
        try:
            a = torch.randn(n, n, device=dev, dtype=dtype)
            b = torch.randn(n, n, device=dev, dtype=dtype)
            break
        except RuntimeError:
            if n <= 1024:
                raise
            n //= 2
            print(f"not enough memory, trying size {n}")

    stop = {"flag": False, "reason": "completed"}

    def on_sigint(_sig, _frm):
        stop["flag"], stop["reason"] = True, "interrupted by user"

    signal.signal(signal.SIGINT, on_sigint)

    flops_per_mm = 2 * n ** 3
    windows, temps = [], []
    start = time.monotonic()
    deadline = start + seconds
    win_start, win_ops = start, 0
    print(f"running {seconds}s on {dev} size={n} dtype={args.dtype}; Ctrl-C stops early")
    try:
        while time.monotonic() < deadline and not stop["flag"]:
            for _ in range(10):
                torch.mm(a, b)
            sync(dev)
            win_ops += 10
            now = time.monotonic()
            if now - win_start >= WINDOW:
                tflops = win_ops * flops_per_mm / (now - win_start) / 1e12
                t = gpu_temp()
                windows.append(tflops)
                temps.append(t)
                print(f"t={now - start:6.1f}s  {tflops:7.2f} TFLOPS  temp={t if t is not None else 'n/a'}")
                if t is not None and t >= args.max_temp:
                    stop["flag"], stop["reason"] = True, f"temperature {t} >= {args.max_temp} C"
                win_start, win_ops = now, 0
    finally:
        del a, b
        if dev.type == "cuda":
            torch.cuda.empty_cache()

    third = max(1, len(windows) // 3)
    result = {
        "device": str(dev), "size": n, "dtype": args.dtype, "seconds_requested": seconds,
        "seconds_run": round(time.monotonic() - start, 1), "stop_reason": stop["reason"],
        "median_tflops": round(statistics.median(windows), 2) if windows else None,
        "first_third_tflops": round(statistics.mean(windows[:third]), 2) if windows else None,
        "last_third_tflops": round(statistics.mean(windows[-third:]), 2) if windows else None,
        "peak_temp_c": max((t for t in temps if t is not None), default=None),
        "windows": [round(w, 2) for w in windows],
    }
    if windows and result["last_third_tflops"] < 0.9 * result["first_third_tflops"]:
        result["throttling_suspected"] = True
    with open(args.out, "w", encoding="utf-8") as fh:
        json.dump(result, fh, indent=2)
    print(json.dumps({k: v for k, v in result.items() if k != "windows"}, indent=2))
    print(f"saved {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
