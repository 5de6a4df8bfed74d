import Foundation
import SkillScanCore
import SkillScanReporters
import Testing

@Suite struct JSONReporterTests {
  private func render(_ report: ScanReport) throws -> String {
    String(decoding: try JSONReporter().render(report), as: UTF8.self)
  }

  @Test func streamedOutputEqualsEncodingTheWholeReport() throws {
    for report in [SampleReport.report, SampleReport.empty, ScanReport(tool: SampleReport.tool, skills: [SampleReport.safe])] {
      let whole = try ReportJSON.makeEncoder().encode(report)
      #expect(try render(report) == String(decoding: whole, as: UTF8.self) + "\n")
    }
  }

  @Test func outputIsByteIdenticalAcrossRuns() throws {
    let first = try JSONReporter().render(SampleReport.report)
    for _ in 0..<5 { #expect(try JSONReporter().render(SampleReport.report) == first) }
  }

  @Test func outputIsValidJSONThatDecodesBackToTheReport() throws {
    let data = try JSONReporter().render(SampleReport.report)
    #expect(try JSONSerialization.jsonObject(with: data) is [String: Any])
    let decoded = try JSONDecoder().decode(ScanReport.self, from: data)
    #expect(decoded.skills.map(\.path) == ["skills/evil", "skills/fine", "uploads/bad.zip"])
    #expect(decoded.skills[0].findings == SampleReport.malicious.findings)
    #expect(decoded.summary == SampleReport.report.summary)
    #expect(decoded.tool == SampleReport.tool)
  }

  @Test func keysAreSnakeCaseAndSuppressionOnlyWhenPresent() throws {
    let text = try render(SampleReport.report)
    for key in ["schema_version", "rule_id", "files_scanned", "bytes_scanned", "skill_md_sha256", "by_severity"] {
      #expect(text.contains("\"\(key)\" :"), "missing key \(key)")
    }
    for key in ["ruleID", "filesScanned", "schemaVersion", "skillMDSHA256", "bySeverity"] {
      #expect(!text.contains("\"\(key)\""), "camelCase key \(key)")
    }
    #expect(text.components(separatedBy: "\"suppression\" :").count == 2)
    #expect(text.contains("https://get.example.dev/i.sh"), "slashes must not be escaped")
  }

  @Test func keysAreSortedInEveryObject() throws {
    // Pretty printing puts each key on its own line and strings hold no raw newlines, so a
    // line-level walk sees every object's keys in output order.
    var stack: [[String]] = []
    var objects = 0
    for raw in try render(SampleReport.report).split(separator: "\n") {
      let line = raw.drop { $0 == " " }
      if line.hasPrefix("\""), let range = line.range(of: "\" : ") {
        stack[stack.count - 1].append(String(line[line.index(after: line.startIndex)..<range.lowerBound]))
      }
      if line.hasSuffix("{") { stack.append([]) }
      if line.hasPrefix("}") {
        let keys = stack.removeLast()
        objects += 1
        #expect(keys == keys.sorted(), "unsorted keys: \(keys)")
      }
    }
    #expect(stack.isEmpty)
    #expect(objects > 10)
  }

  @Test func streamingWriterMatchesOneShotRender() throws {
    var writer = JSONReportWriter(output: DataOutput())
    try writer.begin(tool: SampleReport.tool)
    var summary = ScanSummary.empty
    for skill in SampleReport.report.skills {
      summary.add(skill)
      try writer.write(skill: skill)
    }
    try writer.end(summary: summary)
    #expect(writer.output.data == (try JSONReporter().render(SampleReport.report)))
  }

  @Test func summaryFoldEqualsSummaryOfAllSkills() {
    var summary = ScanSummary.empty
    for skill in SampleReport.report.skills { summary.add(skill) }
    #expect(summary == SampleReport.report.summary)
    #expect(summary.suppressed == 1)
    #expect(summary.bySeverity["critical"] == 1)
  }
}
