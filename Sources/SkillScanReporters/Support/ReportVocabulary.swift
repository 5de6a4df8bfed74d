import SkillScanCore

/// Human-readable names shared by the Markdown and HTML reports, so both read the same.
extension Category {
  /// The category as a heading ("Prompt injection").
  var title: String {
    switch self {
    case .promptInjection: "Prompt injection"
    case .dataExfiltration: "Data exfiltration"
    case .privilegeEscalation: "Privilege escalation"
    case .supplyChain: "Supply chain"
    case .systemCompromise: "System compromise"
    case .format: "Format"
    case .integrity: "Integrity"
    }
  }
}

extension Verdict {
  /// The verdict in capitals, as the text report prints it.
  var label: String { rawValue.uppercased() }
}

extension SkillResult {
  /// Whether a report should show this skill in full (not safe, or it could not be read).
  var isFlagged: Bool { verdict != .safe || !errors.isEmpty }
}
