import SkillScanCore
import SkillScanRules
import SkillScanTestSupport
import Testing

/// A rule that reports every line holding "BAD", to prove the harness catches mistakes.
private struct BadWordRule: Rule {
  static let description = RuleDescription(
    id: "bad-word", name: "Bad word", pattern: .p1, severity: .low, confidence: .low,
    languages: [.markdown, .shell], summary: "s", rationale: "r", remediation: "m",
    references: [.cwe(1)], triggeringExamples: [], nonTriggeringExamples: [])

  func check(file: AnalyzedFile, in skill: AnalyzedSkill, into sink: inout FindingSink) {
    var from = 0
    while let i = ByteSearch.firstIndex(of: Array("BAD".utf8), in: file.bytes, from: from) {
      sink.report("bad", in: file, at: i..<(i + 3))
      from = i + 3
    }
  }
}

@Suite("Example harness self-checks")
struct HarnessSelfTests {
  @Test("A marker on the wrong line fails, naming the example and the rule")
  func wrongMarker() {
    let example = Example("↓fine\nBAD\n")
    let failures = ExampleRunner.run(example, rule: BadWordRule()).triggeringFailures()
    #expect(failures.count == 2)
    #expect(failures.allSatisfy { $0.contains("HarnessSelfTests.swift") && $0.contains("[bad-word]") })
    #expect(failures.contains { $0.contains("SKILL.md:5") })
    #expect(failures.contains { $0.contains("unmarked line SKILL.md:6") })
  }

  @Test("A correct marker passes; a silent example fails the triggering check")
  func correctMarker() {
    #expect(ExampleRunner.run(Example("ok\n↓BAD\n"), rule: BadWordRule()).triggeringFailures().isEmpty)
    #expect(!ExampleRunner.run(Example("ok\n"), rule: BadWordRule()).triggeringFailures().isEmpty)
    #expect(!ExampleRunner.run(Example("BAD\n"), rule: BadWordRule()).nonTriggeringFailures().isEmpty)
  }

  @Test("Script examples land in scripts/ with the right lines")
  func scriptLines() {
    let outcome = ExampleRunner.run(Example("echo ok\n↓echo BAD\n", language: .shell), rule: BadWordRule())
    #expect(outcome.file == "scripts/example.sh")
    #expect(outcome.lines == [2])
    #expect(outcome.triggeringFailures().isEmpty)
  }

  @Test("The column variants actually compare columns for the built-in rules")
  func columnVariantIsNotVacuous() {
    var checked = 0
    for type in BuiltInRules.all {
      for example in type.description.triggeringExamples where example.text.contains("↓") {
        checked += ExampleRunner.checkColumns(example, rule: type.description).checkedLines.count
      }
    }
    #expect(checked >= 10)
  }
}
