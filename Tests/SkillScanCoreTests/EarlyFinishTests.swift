import Testing

@testable import SkillScanCore

/// Reports every line starting with `x`, each twice (as a rule visiting a region and its host
/// file does).
private func reportLines(_ file: AnalyzedFile, into sink: inout FindingSink) {
  var start = 0
  for (i, b) in file.bytes.enumerated() where b == 0x0A {
    if file.bytes[start] == 0x78 {
      sink.report("x line", in: file, at: start..<start + 1)
      sink.report("x line", in: file, at: start..<start + 1)
    }
    start = i + 1
  }
}

private struct RepeatingRule: Rule {
  static let description = RuleDescription(
    id: "repeating-rule", name: "Repeating rule", pattern: .p1, severity: .low, confidence: .low,
    languages: [.shell], summary: "s", rationale: "r", remediation: "m",
    references: [.cwe(1)], keywords: [], triggeringExamples: [], nonTriggeringExamples: [])

  func check(file: AnalyzedFile, in skill: AnalyzedSkill, into sink: inout FindingSink) {
    reportLines(file, into: &sink)
  }
}

/// ``RepeatingRule`` with one more finding in the same file from its skill-level check.
private struct RepeatingSkillRule: Rule {
  static let description = RuleDescription(
    id: "repeating-skill-rule", name: "Repeating rule with a skill-level note", pattern: .p1, severity: .low,
    confidence: .low, languages: [.shell], summary: "s", rationale: "r", remediation: "m",
    references: [.cwe(1)], keywords: [], triggeringExamples: [], nonTriggeringExamples: [])

  func check(file: AnalyzedFile, in skill: AnalyzedSkill, into sink: inout FindingSink) {
    reportLines(file, into: &sink)
  }

  func check(skill: AnalyzedSkill, into sink: inout FindingSink) {
    guard let file = skill.files.first else { return }
    sink.report("skill-level note", in: file, at: 0..<1, severity: .high)
  }
}

/// One rule's many findings on one file are finished (de-duplicated and folded) where they
/// are made, and the result is what the engine's closing pass alone would give.
@Suite struct EarlyFinishTests {
  func run(lines: Int, rules: [any Rule], parallel: Bool) -> [Finding] {
    let text = (1...lines).map { "x \($0)\n" }.joined()
    let file = SourceFile(path: "s.sh", bytes: Array(text.utf8), kind: .script, language: .shell)
    let skill = AnalyzedSkill(
      bundle: SkillBundle(path: "k", files: [file]), files: [AnalyzedFile(source: file, regions: [])],
      frontmatter: nil, frontmatterStatus: .noSkillFile, referencedPaths: [])
    return RuleEngine(rules: rules, parallelFileBytes: parallel ? 1 : .max).run(skill)
  }

  func notes(_ findings: [Finding]) -> [String] {
    findings.filter { $0.severity == .info }.map(\.message)
  }

  @Test("Repeats are dropped and the rest folded into the most significant and one note", arguments: [false, true])
  func foldsAPassOfItsOwn(parallel: Bool) {
    // 80 reports, 40 distinct: 25 kept and one note for the other 15.
    let findings = run(lines: 40, rules: [RepeatingRule(), RepeatingSkillRule()], parallel: parallel)
    let plain = findings.filter { $0.ruleID == RepeatingRule.description.id }
    #expect(plain.count == FindingFolding.keptPerRuleAndFile + 1)
    #expect(notes(plain).count == 1 && notes(plain)[0].hasPrefix("15 more finding(s)"))
    #expect(plain.filter { $0.severity == .low }.allSatisfy { $0.message == "x line" })
  }

  @Test("A group a skill-level finding joins is folded once, with that finding in it", arguments: [false, true])
  func skillLevelFindingJoinsTheGroup(parallel: Bool) {
    let findings = run(lines: 40, rules: [RepeatingSkillRule(), RepeatingRule()], parallel: parallel)
    let joined = findings.filter { $0.ruleID == RepeatingSkillRule.description.id }
    // 40 distinct line findings and the skill-level one: 41 in the group, 16 folded. Folding
    // the file pass early as well would fold twice and count only the second fold's rest.
    #expect(joined.count == FindingFolding.keptPerRuleAndFile + 1)
    #expect(notes(joined).count == 1 && notes(joined)[0].hasPrefix("16 more finding(s)"))
    // The skill-level finding is the group's most significant and is listed.
    #expect(joined.contains { $0.message == "skill-level note" && $0.severity == .high })
  }

  @Test("Two rules under one id share their groups, as in the closing pass", arguments: [false, true])
  func sharedRuleIDsAreFoldedTogether(parallel: Bool) {
    let findings = run(lines: 40, rules: [RepeatingRule(), RepeatingRule()], parallel: parallel)
    #expect(findings.count == FindingFolding.keptPerRuleAndFile + 1)
    #expect(notes(findings).count == 1 && notes(findings)[0].hasPrefix("15 more finding(s)"))
  }

  @Test("Below the folding limit nothing is finished early and repeats still go", arguments: [false, true])
  func smallPassesGoToTheClosingPass(parallel: Bool) {
    let findings = run(lines: 10, rules: [RepeatingRule()], parallel: parallel)
    #expect(findings.count == 10)
    #expect(findings.allSatisfy { $0.severity == .low && $0.message == "x line" })
  }
}
