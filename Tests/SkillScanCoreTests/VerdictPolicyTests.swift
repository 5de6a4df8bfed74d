import Testing

@testable import SkillScanCore

/// The "medium findings in two categories" rule of the verdict policy (taxonomy.md §6.3).
@Suite struct VerdictPolicyTests {
  func medium(_ rule: RuleID, _ pattern: PatternID, confidence: Confidence) -> Finding {
    Finding(
      ruleID: rule, pattern: pattern, severity: .medium, confidence: confidence, message: "m", file: "SKILL.md",
      line: 3, reachability: .activated)
  }

  @Test("Two medium findings of different categories make a skill suspicious")
  func twoCategories() {
    let verdict = DefaultVerdictPolicy().decide([
      medium("agent-config-tampering", .pe2, confidence: .medium),
      medium("external-transmission", .e1, confidence: .medium),
    ])
    #expect(verdict.verdict == .suspicious)
    #expect(verdict.reasons.contains { $0.hasPrefix("medium findings in 2 categories") })
  }

  @Test("A medium the rule itself doubts (low confidence) does not count as the second category")
  func lowConfidenceDoesNotCount() {
    let verdict = DefaultVerdictPolicy().decide([
      medium("agent-config-tampering", .pe2, confidence: .medium),
      medium("external-transmission", .e1, confidence: .low),
    ])
    #expect(verdict.verdict == .safe)
    #expect(verdict.score > 0)
  }
}
