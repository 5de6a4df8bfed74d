#!/usr/bin/env python3
"""Apply default house style to a .pptx deck (fonts, sizes, colours, title case)."""
import argparse

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.util import Pt

TITLE_FONT, BODY_FONT = "Inter SemiBold", "Inter"
TEXT = RGBColor(0x22, 0x22, 0x22)
PRIMARY = RGBColor(0x1F, 0x3A, 0x5F)


def sentence_case(s):
    s = s.strip().rstrip(".")
    return s[:1].upper() + s[1:] if s else s


def style_runs(tf, font, size, color):
    for p in tf.paragraphs:
        for r in p.runs:
            r.font.name = font
            r.font.size = Pt(size)
            r.font.color.rgb = color


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("deck")
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    prs = Presentation(a.deck)
    touched = 0
    for slide in prs.slides:
        if slide.shapes.title is not None and slide.shapes.title.has_text_frame:
            t = slide.shapes.title
            t.text = sentence_case(t.text)
            style_runs(t.text_frame, TITLE_FONT, 36, PRIMARY)
        for shape in slide.placeholders:
            if shape.has_text_frame and shape != slide.shapes.title:
                style_runs(shape.text_frame, BODY_FONT, 20, TEXT)
        touched += 1
    prs.save(a.out)
    print(f"restyled {touched} slides -> {a.out}")


if __name__ == "__main__":
    main()
