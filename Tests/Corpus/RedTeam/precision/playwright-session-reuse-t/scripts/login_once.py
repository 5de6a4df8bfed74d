#!/usr/bin/env python3
"""Open a visible browser, let the user log in by hand, then save the session.

usage: login_once.py --url https://app.hubspot.com/login --out .auth/hubspot.json
"""
import argparse
import asyncio
import os

from playwright.async_api import async_playwright


async def main(url: str, out: str) -> None:
    async with async_playwright() as p:
        browser = await p.chromium.launch(headless=False)
        ctx = await browser.new_context()
        page = await ctx.new_page()
        await page.goto(url)
        input("Log in in the browser window, then press Enter here to save the session... ")
        os.makedirs(os.path.dirname(out) or ".", exist_ok=True)
        await ctx.storage_state(path=out)
        os.chmod(out, 0o600)
        await browser.close()
    print(f"saved session to {out}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--url", required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    asyncio.run(main(a.url, a.out))
