public import SkillScanCore

/// Descriptions of the findings suppression handling itself raises, for `skillscan rules`.
///
/// They are `integrity` findings of low or info severity: they make a suppression attempt
/// visible in every report without deciding a verdict themselves.
public enum SuppressionChecks {
  /// Every suppression check, sorted by ID.
  public static let all: [RuleDescription] = [inlineIgnoreRefused, inlineIgnoreWithoutReason, suppressionExpired]

  public static let inlineIgnoreWithoutReason = RuleDescription(
    id: "inline-ignore-without-reason", name: "Inline ignore without a reason", pattern: .integrity,
    severity: .low, confidence: .high, languages: [],
    summary: "A skillscan-ignore comment names rules but gives no ': reason'; it suppresses nothing.",
    rationale: """
      Every suppression must say why the finding is acceptable so that a reviewer can judge \
      it. An ignore without a reason is reported instead of honoured.
      """,
    remediation: "Add ': why this is acceptable' after the rule IDs, or remove the comment.",
    references: [.url("docs/CONFIG.md")], triggeringExamples: [], nonTriggeringExamples: [])

  public static let inlineIgnoreRefused = RuleDescription(
    id: "inline-ignore-refused", name: "Inline ignore not honoured", pattern: .integrity,
    severity: .low, confidence: .high, languages: [],
    summary: "A skillscan-ignore comment in the skill targets a finding it is not trusted to suppress.",
    rationale: """
      The skill's author is the party being checked, so by default an inline ignore cannot \
      silence a complete chain, a high or critical finding or an integrity check: those are \
      what make a skill malicious or suspicious. The attempt is reported next to the finding, \
      which stays active. A repository that writes its own skills can trust inline ignores \
      with 'inline-ignores: all' in its .skillscan.yml.
      """,
    remediation: "Suppress the finding in .skillscan.yml (with a reason) or fix the code it points at.",
    references: [.url("docs/CONFIG.md")], triggeringExamples: [], nonTriggeringExamples: [])

  public static let suppressionExpired = RuleDescription(
    id: "suppression-expired", name: "Config suppression expired", pattern: .integrity,
    severity: .info, confidence: .high, languages: [],
    summary: "A suppress entry in .skillscan.yml is past its expires date; the finding it covered counts again.",
    rationale: """
      Expiry dates make temporary exceptions temporary. Once past, the finding is active again \
      and this note says which entry lapsed, so the decision is made again rather than forgotten.
      """,
    remediation: "Fix the finding, or renew the suppression with a new reason and date.",
    references: [.url("docs/CONFIG.md")], triggeringExamples: [], nonTriggeringExamples: [])
}
