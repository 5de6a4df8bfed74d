#!/usr/bin/env python3
"""Run a task module in a Playwright context preloaded with a saved session.

A task module defines:

    async def run(page, args):
        await page.goto("https://app.hubspot.com/billing/invoices")
        rows = page.locator("table[data-test=invoices] tbody tr")
        for i in range(await rows.count()):
            async with page.expect_download() as dl:
                await rows.nth(i).get_by_role("link", name="PDF").click()
            d = await dl.value
            await d.save_as(f"{args.out_dir}/{d.suggested_filename}")

usage: run_with_session.py --state .auth/site.json --task tasks/site.py [--headed] [--out-dir downloads]
"""
import argparse
import asyncio
import importlib.util
import json
import os
from urllib.parse import urlparse

from playwright.async_api import async_playwright


def load_task(path: str):
    spec = importlib.util.spec_from_file_location("task", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


async def main(a) -> None:
    with open(a.state) as fh:
        domains = sorted({c["domain"].lstrip(".") for c in json.load(fh)["cookies"]})
    print("session cookies for:", ", ".join(domains))
    task = load_task(a.task)
    os.makedirs(a.out_dir, exist_ok=True)
    async with async_playwright() as p:
        browser = await p.firefox.launch(headless=not a.headed)
        ctx = await browser.new_context(storage_state=a.state, accept_downloads=True)

        # Keep the session on its own site: block navigations to unrelated hosts.
        async def guard(route):
            host = urlparse(route.request.url).hostname or ""
            if route.request.is_navigation_request() and not any(
                host == d or host.endswith("." + d) for d in domains
            ):
                print(f"blocked navigation to {host}")
                await route.abort()
            else:
                await route.continue_()

        await ctx.route("**/*", guard)
        page = await ctx.new_page()
        try:
            await task.run(page, a)
        finally:
            await browser.close()


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--state", required=True)
    ap.add_argument("--task", required=True)
    ap.add_argument("--headed", action="store_true")
    ap.add_argument("--out-dir", default="downloads")
    asyncio.run(main(ap.parse_args()))
