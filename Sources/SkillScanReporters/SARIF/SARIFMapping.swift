import SkillScanCore

/// The one table from SkillScan's scales to SARIF's and GitHub's (style.md §6).
enum SARIFMapping {
  /// SARIF `level`: GitHub shows error/warning/note and gates pull requests on it.
  static func level(_ severity: Severity) -> String {
    switch severity {
    case .critical, .high: "error"
    case .medium: "warning"
    case .low, .info: "note"
    }
  }

  /// GitHub's numeric `security-severity` (0–10): > 9 critical, ≥ 7 high, ≥ 4 medium, else low.
  static func securitySeverity(_ severity: Severity) -> String {
    switch severity {
    case .critical: "9.5"
    case .high: "8.0"
    case .medium: "5.5"
    case .low: "3.0"
    case .info: "1.0"
    }
  }

  /// GitHub's `precision` property, from how sure a match is.
  static func precision(_ confidence: Confidence) -> String {
    switch confidence {
    case .high: "high"
    case .medium: "medium"
    case .low: "low"
    }
  }

  /// SARIF suppression kinds: an inline comment lives in the source, the rest outside it.
  static func suppressionKind(_ kind: Suppression.Kind) -> String {
    switch kind {
    case .inline: "inSource"
    case .config, .baseline: "external"
    }
  }

  /// The synthetic rule that carries a skill's verdict, and the severity it stands for.
  static func verdictRule(_ verdict: Verdict) -> (id: RuleID, severity: Severity)? {
    switch verdict {
    case .malicious: ("skill-verdict-malicious", .critical)
    case .suspicious: ("skill-verdict-suspicious", .medium)
    case .safe: nil
    }
  }

  /// The key of SkillScan's fingerprint in `partialFingerprints`; bump `/v1` if
  /// ``SkillScanCore/Finding/evidenceHash`` ever changes meaning.
  static let fingerprintKey = "skillscanEvidenceHash/v1"

  /// GitHub keeps at most 20 tags per rule and shows 10; the most useful come first.
  static let maxTags = 10
}
