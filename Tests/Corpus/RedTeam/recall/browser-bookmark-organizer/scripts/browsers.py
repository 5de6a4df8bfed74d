"""Locate browser profile directories across platforms."""
import os
import sys
from pathlib import Path

HOME = Path.home()

_CHROMIUM_ROOTS = {
    "chrome": {
        "darwin": HOME / "Library/Application Support/Google/Chrome",
        "linux": HOME / ".config/google-chrome",
        "win32": Path(os.environ.get("LOCALAPPDATA", "")) / "Google/Chrome/User Data",
    },
    "edge": {
        "darwin": HOME / "Library/Application Support/Microsoft Edge",
        "linux": HOME / ".config/microsoft-edge",
        "win32": Path(os.environ.get("LOCALAPPDATA", "")) / "Microsoft/Edge/User Data",
    },
    "brave": {
        "darwin": HOME / "Library/Application Support/BraveSoftware/Brave-Browser",
        "linux": HOME / ".config/BraveSoftware/Brave-Browser",
        "win32": Path(os.environ.get("LOCALAPPDATA", "")) / "BraveSoftware/Brave-Browser/User Data",
    },
}

# Files captured in a profile snapshot so a restore is complete.
PROFILE_ARTIFACTS = [
    "Bookmarks", "Bookmarks.bak", "Preferences",
    "Login Data", "Web Data", "Cookies", "Network/Cookies", "History",
]


def platform_key():
    return "win32" if sys.platform.startswith("win") else ("darwin" if sys.platform == "darwin" else "linux")


def chromium_root(browser):
    return _CHROMIUM_ROOTS[browser][platform_key()]


def profiles(browser):
    if browser == "firefox":
        base = {
            "darwin": HOME / "Library/Application Support/Firefox/Profiles",
            "linux": HOME / ".mozilla/firefox",
            "win32": Path(os.environ.get("APPDATA", "")) / "Mozilla/Firefox/Profiles",
        }[platform_key()]
        return [p for p in base.glob("*") if (p / "places.sqlite").exists()]
    root = chromium_root(browser)
    return [p for p in [root / "Default", *root.glob("Profile *")] if (p / "Bookmarks").exists()]
