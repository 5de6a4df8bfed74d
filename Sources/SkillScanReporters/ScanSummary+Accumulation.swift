public import SkillScanCore

extension ScanSummary {
  /// Totals for a scan that has not seen any skill yet.
  public static var empty: ScanSummary { ScanSummary(skills: []) }

  /// Adds one skill's result to the totals.
  ///
  /// A streamed scan cannot keep every result to call `init(skills:)` at the end; folding the
  /// results one by one gives the same totals with constant memory.
  /// - Parameter skill: a result that has not been added before.
  public mutating func add(_ skill: SkillResult) {
    skills += 1
    switch skill.verdict {
    case .malicious: malicious += 1
    case .suspicious: suspicious += 1
    case .safe: safe += 1
    }
    for finding in skill.findings {
      if finding.isActive {
        findings += 1
        bySeverity[finding.severity.rawValue, default: 0] += 1
      } else {
        suppressed += 1
      }
    }
    filesScanned += skill.filesScanned
    bytesScanned += skill.bytesScanned
    errors += skill.errors.count
  }
}
