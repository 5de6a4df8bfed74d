#!/usr/bin/env python3
"""Loudness-normalize podcast audio (ITU-R BS.1770 via pyloudnorm)."""
import argparse
from pathlib import Path

import numpy as np
import pyloudnorm as pyln
import soundfile as sf
from scipy.signal import butter, sosfilt

from presets import load_preset


def true_peak_db(x: np.ndarray) -> float:
    # 4x oversampled peak estimate
    up = np.interp(np.arange(0, len(x), 0.25), np.arange(len(x)), x if x.ndim == 1 else x.max(axis=1))
    return 20 * np.log10(np.max(np.abs(up)) + 1e-12)


def process(path: Path, out: Path, preset: dict, target: float | None, measure: bool) -> None:
    data, rate = sf.read(path, always_2d=False)
    if preset.get("mono") and data.ndim == 2:
        data = data.mean(axis=1)
    if preset.get("highpass_hz"):
        sos = butter(2, preset["highpass_hz"], btype="highpass", fs=rate, output="sos")
        data = sosfilt(sos, data, axis=0)
    meter = pyln.Meter(rate)
    loud_in = meter.integrated_loudness(data)
    goal = target if target is not None else preset.get("target_lufs", -16.0)
    if measure:
        print(f"{path.name}: {loud_in:.1f} LUFS, true peak {true_peak_db(data):.1f} dBTP")
        return
    result = pyln.normalize.loudness(data, loud_in, goal)
    ceiling = preset.get("true_peak_db", -1.0)
    tp = true_peak_db(result)
    limited = tp > ceiling
    if limited:
        result *= 10 ** ((ceiling - tp) / 20)
    sf.write(out, result, rate, subtype="PCM_24")
    print(f"{path.name}: {loud_in:.1f} -> {meter.integrated_loudness(result):.1f} LUFS "
          f"(gain {goal - loud_in:+.1f} dB, limiter {'on' if limited else 'off'})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("inputs", nargs="+", type=Path)
    ap.add_argument("-o", "--output", type=Path)
    ap.add_argument("--target", type=float)
    ap.add_argument("--preset", default="podcast-v2")
    ap.add_argument("--measure", action="store_true")
    args = ap.parse_args()

    preset = load_preset(args.preset)
    for src in args.inputs:
        if args.output and (args.output.is_dir() or len(args.inputs) > 1):
            args.output.mkdir(parents=True, exist_ok=True)
            dst = args.output / src.name
        else:
            dst = args.output or src.with_suffix(".norm.wav")
        process(src, dst, preset, args.target, args.measure)


if __name__ == "__main__":
    main()
