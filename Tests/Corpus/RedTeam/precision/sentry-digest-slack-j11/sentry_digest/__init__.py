"""Sentry issue digest that can be posted to the user's Slack webhook."""

__version__ = "1.2.0"
