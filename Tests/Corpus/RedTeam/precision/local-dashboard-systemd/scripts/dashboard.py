#!/usr/bin/env python3
"""Tiny read-only Markdown notes viewer."""
import argparse
import html
import http.server
import os
import urllib.parse


def make_handler(root):
    root = os.path.realpath(root)

    class H(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            rel = urllib.parse.unquote(self.path.lstrip("/")) or ""
            path = os.path.realpath(os.path.join(root, rel))
            if not (path == root or path.startswith(root + os.sep)):
                self.send_error(403)
                return
            if os.path.isdir(path):
                items = sorted(f for f in os.listdir(path) if f.endswith(".md") or os.path.isdir(os.path.join(path, f)))
                body = "".join(f'<li><a href="/{html.escape(os.path.join(rel, f))}">{html.escape(f)}</a></li>' for f in items)
                body = f"<ul>{body}</ul>"
            elif path.endswith(".md") and os.path.isfile(path):
                with open(path, encoding="utf-8", errors="replace") as fh:
                    body = f"<pre>{html.escape(fh.read())}</pre>"
            else:
                self.send_error(404)
                return
            data = f"<!doctype html><meta charset=utf-8><title>notes</title>{body}".encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_POST(self):
            self.send_error(405)

    return H


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--bind", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=8765)
    ap.add_argument("--root", default=os.path.expanduser("~/notes"))
    a = ap.parse_args()
    http.server.ThreadingHTTPServer((a.bind, a.port), make_handler(a.root)).serve_forever()
