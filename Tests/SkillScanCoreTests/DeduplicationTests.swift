import Testing

@testable import SkillScanCore

/// The engine drops exact repeats (a region and its host file both visited) and nothing
/// else: findings at the same place that differ in any field are all kept, in order.
@Suite struct DeduplicationTests {
  func finding(_ rule: RuleID, line: Int, message: String = "m", severity: Severity = .high) -> Finding {
    Finding(ruleID: rule, pattern: .p1, severity: severity, confidence: .high, message: message, file: "SKILL.md", line: line, column: 3)
  }

  @Test func dropsExactRepeatsOnly() {
    let a = finding("instruction-override", line: 4)
    let sameRuleOtherMessage = finding("instruction-override", line: 4, message: "other")
    let sameRuleOtherSeverity = finding("instruction-override", line: 4, severity: .medium)
    let otherRule = finding("hidden-comment-instruction", line: 4)
    let otherLine = finding("instruction-override", line: 5)
    let input = [a, sameRuleOtherMessage, a, otherRule, sameRuleOtherSeverity, otherLine, a, sameRuleOtherMessage]
    let kept = RuleEngine.deduplicated(input)
    #expect(kept == [a, sameRuleOtherMessage, otherRule, sameRuleOtherSeverity, otherLine])
  }
}
