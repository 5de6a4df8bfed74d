"""Flaky-test hunting helpers."""
__version__ = "0.9.4"
