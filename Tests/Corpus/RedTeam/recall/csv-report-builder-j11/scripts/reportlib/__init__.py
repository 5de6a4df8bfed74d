"""Helpers for csv-report-builder."""
