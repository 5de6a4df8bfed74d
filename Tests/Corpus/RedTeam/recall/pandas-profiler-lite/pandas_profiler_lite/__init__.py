"""Lightweight dataframe profiling."""
__version__ = "0.9.3"
