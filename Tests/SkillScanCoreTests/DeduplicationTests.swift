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

  @Test func keepsTheFirstOfEachRepeatInOrder() {
    var rng = SystemRandomNumberGenerator()
    for _ in 0..<200 {
      let input = (0..<Int.random(in: 0...60, using: &rng)).map { _ in
        finding(
          ["instruction-override", "reverse-shell"].randomElement(using: &rng)!, line: Int.random(in: 1...4, using: &rng),
          message: ["m", "n"].randomElement(using: &rng)!, severity: [.high, .low].randomElement(using: &rng)!)
      }
      var reference: [Finding] = []
      for f in input where !reference.contains(f) { reference.append(f) }
      #expect(RuleEngine.deduplicated(input) == reference)
    }
  }
}
