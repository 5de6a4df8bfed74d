"""Small helpers shared by the receipt OCR scripts."""
__all__ = ["parse", "metrics"]
