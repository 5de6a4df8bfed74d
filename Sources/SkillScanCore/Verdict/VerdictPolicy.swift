/// Turns a skill's findings into a verdict, a score and the reasons behind them.
public protocol VerdictPolicy: Sendable {
  /// Decides the verdict for one skill from its findings (suppressed ones are ignored).
  func decide(_ findings: [Finding]) -> SkillVerdict
}

/// The outcome of a ``VerdictPolicy``.
public struct SkillVerdict: Sendable, Hashable {
  public var verdict: Verdict
  public var score: Int
  public var reasons: [String]

  public init(verdict: Verdict, score: Int, reasons: [String]) {
    self.verdict = verdict
    self.score = score
    self.reasons = reasons
  }
}

/// The weight a finding carries once context, polarity and reachability are applied
/// (taxonomy.md §6.4): a quoted, prohibited or fixture-only match keeps its place in the
/// report but loses most of its power over the verdict.
public struct EffectiveWeight: Sendable, Hashable {
  public var severity: Severity
  public var confidence: Confidence

  public init(_ finding: Finding) {
    var severity = finding.severity
    var confidence = finding.confidence
    if finding.polarity != .affirmative {
      // Prohibitive or descriptive prose is informational on its own (§6.4).
      severity = min(severity, .info)
      confidence = .low
    }
    if finding.context == .example || finding.context == .description {
      confidence = confidence.lowered
    }
    if finding.reachability == .fixture {
      // A fixture the skill never runs is evidence about its tests, not its behaviour: its
      // findings keep one step of severity less and low confidence, so labelled malicious
      // samples of a detector's test suite cannot add up to "medium findings in two
      // categories". A critical match (a reverse shell) still stays high.
      severity = Self.lower(severity)
      confidence = .low
    }
    self.severity = severity
    self.confidence = confidence
  }

  static func lower(_ s: Severity) -> Severity {
    switch s {
    case .critical: .high
    case .high: .medium
    case .medium: .low
    case .low, .info: .info
    }
  }
}
