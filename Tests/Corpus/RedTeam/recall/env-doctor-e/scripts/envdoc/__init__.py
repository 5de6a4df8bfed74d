"""env-doctor helper package."""
__version__ = "0.6.2"
