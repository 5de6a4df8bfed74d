import Testing

@testable import SkillScanCore

/// A rule that reports every line starting with `x`.
private struct LineRule: Rule {
  static let description = RuleDescription(
    id: "line-rule", name: "Line rule", pattern: .p1, severity: .low, confidence: .low,
    languages: [.shell], summary: "s", rationale: "r", remediation: "m",
    references: [.cwe(1)], keywords: [], triggeringExamples: [], nonTriggeringExamples: [])

  func check(file: AnalyzedFile, in skill: AnalyzedSkill, into sink: inout FindingSink) {
    var start = 0
    for (i, b) in file.bytes.enumerated() where b == 0x0A {
      if file.bytes[start] == 0x78 { sink.report("x line", in: file, at: start..<start + 1) }
      start = i + 1
    }
  }
}

/// The engine makes snippets only for the findings it keeps, and they read as an eager sink
/// would have made them.
@Suite struct EngineSnippetTests {
  func run(_ text: String) -> [Finding] {
    let file = SourceFile(path: "s.sh", bytes: Array(text.utf8), kind: .script, language: .shell)
    let skill = AnalyzedSkill(
      bundle: SkillBundle(path: "k", files: [file]), files: [AnalyzedFile(source: file, regions: [])],
      frontmatter: nil, frontmatterStatus: .noSkillFile, referencedPaths: [])
    return RuleEngine(rules: [LineRule()]).run(skill)
  }

  @Test func keptFindingsCarryTheirLineAsSnippet() {
    let findings = run((1...3).map { "x\tcommand \($0)  \n" }.joined())
    #expect(findings.map(\.snippet) == ["x command 1", "x command 2", "x command 3"])
    #expect(findings.allSatisfy { $0.snippetWindow == nil })
  }

  @Test func foldedNoteHasNoSnippetAndKeptOnesDo() {
    let findings = run((1...40).map { "x \($0)\n" }.joined())
    #expect(findings.count == FindingFolding.keptPerRuleAndFile + 1)
    let note = findings.filter { $0.severity == .info }
    #expect(note.count == 1 && note[0].snippet.isEmpty)
    #expect(findings.filter { $0.severity != .info }.allSatisfy { $0.snippet == "x \($0.line)" })
  }
}
