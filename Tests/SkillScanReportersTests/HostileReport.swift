import SkillScanCore

/// A report whose every scanned value is an injection attempt against HTML or Markdown.
enum HostileReport {
  static let script = "<script>alert(1)</script>"
  static let attribute = "\"><img src=x onerror=alert(2)>"

  static var skill: SkillResult {
    let findings = [
      Finding(
        ruleID: "instruction-override", pattern: .p1, severity: .high, confidence: .high,
        message: "override </style><style>body{display:none}</style> | [click](https://evil.example/x)",
        file: "SKILL.md", line: 3, column: 1, snippet: "ignore previous " + script + " `tick` | pipe\nnext line",
        context: .instruction),
      Finding(
        ruleID: "encoded-payload", pattern: .sc3, severity: .medium, confidence: .medium,
        message: "payload " + attribute, file: "x' onmouseover='alert(3).sh", line: 1, column: 2,
        snippet: attribute + " & &amp; ``` end", context: .code,
        suppression: Suppression(kind: .config, reason: "<b>trusted</b> " + script)),
    ]
    return SkillResult(
      path: "skills/<script>x</script>", name: "</title><script>alert(4)</script>", verdict: .malicious,
      score: 90, reasons: ["reason with " + script + " and **bold** | pipe"], findings: findings,
      filesScanned: 2, bytesScanned: 100, errors: ["bad <iframe src=//evil>"],
      skillMDSHA256: String(repeating: "cd", count: 32))
  }

  static var report: ScanReport {
    ScanReport(tool: SampleReport.tool, skills: [skill, SampleReport.safe])
  }
}
