/// How bad a finding is if it is real: the taxonomy tier, adjusted per rule.
///
/// Severity and ``Confidence`` are separate axes (taxonomy.md §2.4): severity says what is at
/// stake, confidence says how sure the match is. Ordered from least to most severe so that
/// thresholds compare with `>=`.
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
  case info, low, medium, high, critical

  /// Rank used for ordering; higher is worse.
  public var rank: Int {
    switch self {
    case .info: 0
    case .low: 1
    case .medium: 2
    case .high: 3
    case .critical: 4
    }
  }

  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// How sure SkillScan is that a match really is the pattern it names.
///
/// Context (prose, fenced example, fixture) and polarity (prohibitive, descriptive) lower
/// confidence; they never delete a finding (taxonomy.md §6.4).
public enum Confidence: String, Sendable, Codable, CaseIterable, Comparable {
  case low, medium, high

  /// Rank used for ordering; higher is surer.
  public var rank: Int {
    switch self {
    case .low: 0
    case .medium: 1
    case .high: 2
    }
  }

  public static func < (lhs: Confidence, rhs: Confidence) -> Bool { lhs.rank < rhs.rank }

  /// One step lower, saturating at `.low`.
  public var lowered: Confidence {
    switch self {
    case .high: .medium
    case .medium, .low: .low
    }
  }
}
