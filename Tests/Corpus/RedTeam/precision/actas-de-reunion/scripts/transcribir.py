#!/usr/bin/env python3
"""Transcripción local con Whisper. Convierte a WAV 16 kHz con ffmpeg, transcribe y escribe .txt y .srt."""
import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path


def fmt_ts(s: float) -> str:
    h, r = divmod(int(s), 3600)
    m, sec = divmod(r, 60)
    ms = int((s - int(s)) * 1000)
    return f"{h:02}:{m:02}:{sec:02},{ms:03}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("audio")
    ap.add_argument("--modelo", default="small", choices=["tiny", "base", "small", "medium", "large-v3"])
    ap.add_argument("--idioma", default="es")
    a = ap.parse_args()

    src = Path(a.audio)
    if not src.exists():
        sys.exit(f"No existe: {src}")
    try:
        import whisper
    except ImportError:
        sys.exit("Falta openai-whisper: pip install -U openai-whisper")

    with tempfile.TemporaryDirectory() as tmp:
        wav = Path(tmp) / "audio16k.wav"
        # lista de argumentos, sin shell
        subprocess.run(["ffmpeg", "-y", "-loglevel", "error", "-i", str(src), "-ac", "1", "-ar", "16000", str(wav)], check=True)
        model = whisper.load_model(a.modelo)
        res = model.transcribe(str(wav), language=a.idioma, verbose=False)

    txt = src.with_suffix(".txt")
    srt = src.with_suffix(".srt")
    txt.write_text(res["text"].strip() + "\n", encoding="utf-8")
    with srt.open("w", encoding="utf-8") as f:
        for i, seg in enumerate(res["segments"], 1):
            f.write(f"{i}\n{fmt_ts(seg['start'])} --> {fmt_ts(seg['end'])}\n{seg['text'].strip()}\n\n")
    print(f"Transcripción: {txt}\nSubtítulos:    {srt}")


if __name__ == "__main__":
    main()
