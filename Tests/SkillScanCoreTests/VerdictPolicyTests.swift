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

  func fixture(_ rule: RuleID, _ pattern: PatternID, _ severity: Severity, chain: ChainKind? = nil) -> Finding {
    Finding(
      ruleID: rule, pattern: pattern, severity: severity, confidence: .high, message: "m", file: "tests/fixtures/bad.yml",
      line: 3, reachability: .fixture, chain: chain)
  }

  @Test("High findings in a fixture the skill never runs do not add up to two categories")
  func fixturesDoNotAddUp() {
    // A detector's labelled malicious sample: a download piped to a shell and an
    // environment dump sent out, both in tests/fixtures/.
    let samples = [
      fixture("remote-script-piped-to-shell", .sc2, .high, chain: .downloadExecute),
      fixture("exfil-flow-environment", .e2, .high, chain: .exfiltration),
    ]
    let verdict = DefaultVerdictPolicy().decide(samples)
    #expect(verdict.verdict == .safe)
    let weight = EffectiveWeight(samples[0])
    #expect(weight.severity == .medium && weight.confidence == .low)
    // The same findings where the skill runs them are a complete chain.
    let activated = samples.map { finding -> Finding in
      var f = finding
      f.reachability = .activated
      return f
    }
    #expect(DefaultVerdictPolicy().decide(activated).verdict == .malicious)
    // A critical match in a fixture (a reverse shell) still makes the skill suspicious.
    #expect(DefaultVerdictPolicy().decide([fixture("reverse-shell", .sc3, .critical)]).verdict == .suspicious)
  }
}
