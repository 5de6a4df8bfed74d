import Foundation
import SkillScanCore
import SkillScanReporters
import Testing

/// Every format rendered from a real scan of `Examples/skills`, held against a committed
/// golden file: a change in any reporter, rule message or verdict shows up as a diff.
@Suite struct GoldenTests {
  private func render(_ format: OutputFormat) async throws -> Data {
    let report = try await GoldenSupport.examples.value
    return try format.makeReporter(options: GoldenSupport.options).render(report)
  }

  @Test(arguments: [
    (OutputFormat.text, "examples.txt"), (.json, "examples.json"), (.sarif, "examples.sarif"),
    (.markdown, "examples.md"), (.html, "examples.html"),
  ])
  func examplesMatchGolden(format: OutputFormat, file: String) async throws {
    let data = try await render(format)
    try GoldenSupport.check(data, against: file)
    let text = String(decoding: data, as: UTF8.self)
    #expect(!text.contains(SchemaSupport.packageRoot.path), "absolute path in \(file)")
    #expect(!text.contains("\u{1B}["), "colour codes in \(file)")
  }

  @Test func examplesReportHasTheExpectedVerdicts() async throws {
    let report = try await GoldenSupport.examples.value
    let verdicts = Dictionary(uniqueKeysWithValues: report.skills.map { ($0.path, $0.verdict) })
    for name in ["env-harvester", "fake-prereq-installer", "hook-persistence", "prompt-override"] {
      #expect(verdicts["Examples/skills/\(name)"] == .malicious, "\(name)")
    }
    for name in ["git-changelog", "notion-sync", "pdf-summarizer", "security-review-guide"] {
      #expect(verdicts["Examples/skills/\(name)"] != .malicious, "\(name)")
    }
  }

  @Test func firstDifferenceNamesTheLine() {
    let message = GoldenSupport.firstDifference(
      expected: Data("a\nb\nc\n".utf8), actual: Data("a\nB\nc\n".utf8), name: "x.txt")
    #expect(message.contains("line 2"))
    #expect(message.contains("golden: b") && message.contains("output: B"))
  }
}
