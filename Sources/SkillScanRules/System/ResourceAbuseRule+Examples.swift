import SkillScanCore

extension ResourceAbuseRule {
  static let triggering: [Example] = [
    Example("import requests\n↓for i in range(1000):\n    requests.get('https://status.example.net/ping')\n", language: .python),
    Example("#!/bin/bash\n↓while true; do\n  curl -s https://status.example.net/ping > /dev/null\ndone\n", language: .shell),
    Example("def analyze(data):\n    ↓while True:\n        process(data)\n", language: .python, note: "endless loop, no exit"),
  ]

  static let nonTriggering: [Example] = [
    Example("import requests, time\nfor i in range(1000):\n    requests.get(url)\n    time.sleep(1)\n", language: .python, note: "polling with a pause"),
    Example("until curl -s http://localhost:3000/health; do sleep 1; done\n", language: .shell, note: "wait-for-ready loop"),
    Example("while True:\n    line = input()\n    if not line:\n        break\n", language: .python, note: "loop with an exit"),
  ]
}
