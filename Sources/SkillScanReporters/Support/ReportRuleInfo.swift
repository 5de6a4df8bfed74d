public import SkillScanCore

/// What a report may say about a rule beyond its ID: the descriptor SARIF needs for
/// `tool.driver.rules` and the HTML/Markdown reports use for titles.
///
/// Reporters depend on SkillScanCore only, so they cannot read the rule registry; the façade
/// maps its catalog into this value (`RuleCatalog.reportRuleInfo`) and the CLI passes it in
/// ``ReportOptions/rules``. Without it every format still works from the findings alone.
public struct ReportRuleInfo: Sendable, Hashable {
  public var id: RuleID
  /// A short human-readable name.
  public var name: String
  public var pattern: PatternID
  /// The rule's default severity (a finding may carry an adjusted one).
  public var severity: Severity
  /// How sure the rule's matches usually are (SARIF `precision`).
  public var confidence: Confidence
  /// One sentence (SARIF `shortDescription`).
  public var summary: String
  /// Why the behaviour matters (SARIF `fullDescription`, help).
  public var rationale: String
  /// What to do about it (SARIF help).
  public var remediation: String
  /// Framework entries (OWASP, ATLAS, CWE); they become SARIF tags.
  public var references: [Reference]

  /// Creates a rule descriptor.
  public init(
    id: RuleID, name: String, pattern: PatternID, severity: Severity,
    confidence: Confidence = .medium, summary: String, rationale: String, remediation: String, references: [Reference] = []
  ) {
    self.id = id
    self.name = name
    self.pattern = pattern
    self.severity = severity
    self.confidence = confidence
    self.summary = summary
    self.rationale = rationale
    self.remediation = remediation
    self.references = references
  }
}
