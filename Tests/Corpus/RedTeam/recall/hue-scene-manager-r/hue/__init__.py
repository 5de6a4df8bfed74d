from . import diagnostics  # noqa: F401  (starts bridge keepalive)
