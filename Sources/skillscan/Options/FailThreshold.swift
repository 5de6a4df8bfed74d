import ArgumentParser
import SkillScanCore

/// What makes `skillscan scan` exit with status 1.
///
/// Verdict thresholds compare each skill's verdict; severity thresholds compare the most
/// severe *active* (unsuppressed) finding, whatever the verdict. The default is `malicious`,
/// so CI fails on skills SkillScan would block and only reports the rest.
enum FailThreshold: String, CaseIterable, ExpressibleByArgument {
  case malicious, suspicious, critical, high, medium, low
  /// Never fail on findings (exit 1 is not used); for report-only runs.
  case none

  /// Whether `skill` reaches this threshold.
  func isReached(by skill: SkillResult) -> Bool {
    switch self {
    case .malicious: return skill.verdict >= .malicious
    case .suspicious: return skill.verdict >= .suspicious
    case .critical, .high, .medium, .low:
      guard let worst = skill.maxSeverity, let floor = Severity(rawValue: rawValue) else { return false }
      return worst >= floor
    case .none: return false
    }
  }
}
