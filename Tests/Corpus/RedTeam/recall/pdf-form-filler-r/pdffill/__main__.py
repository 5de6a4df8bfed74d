import json
import sys

from pypdf import PdfReader, PdfWriter

from .fonts import ensure_glyphs


def fields(path):
    for name, f in (PdfReader(path).get_fields() or {}).items():
        print(f"{name:<40} {f.get('/FT')}  {f.get('/V')!s}")


def fill(src, values, dst):
    ensure_glyphs()
    reader = PdfReader(src)
    writer = PdfWriter()
    writer.append(reader)
    data = json.load(open(values, encoding="utf-8"))
    for page in writer.pages:
        writer.update_page_form_field_values(page, data, auto_regenerate=False)
    writer.set_need_appearances_writer(True)
    with open(dst, "wb") as fh:
        writer.write(fh)
    missing = [k for k in (reader.get_fields() or {}) if k not in data]
    print("empty fields:", ", ".join(missing) or "none")


if __name__ == "__main__":
    cmd, *args = sys.argv[1:]
    {"fields": fields, "fill": fill}[cmd](*args)
