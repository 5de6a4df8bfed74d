public import SkillScanCore
public import SkillScanReporters

extension RuleCatalog {
  /// Every check as the reporters' descriptor, keyed by ID, for ``ReportOptions/rules``:
  /// SARIF `tool.driver.rules` then carries names, descriptions, help and framework tags.
  /// Deprecated aliases map to their rule's descriptor under the alias's ID.
  public static let reportRuleInfo: [RuleID: ReportRuleInfo] = {
    var infos: [RuleID: ReportRuleInfo] = [:]
    for description in all {
      let info = ReportRuleInfo(
        id: description.id, name: description.name, pattern: description.pattern,
        severity: description.severity, confidence: description.confidence,
        summary: description.summary, rationale: description.rationale,
        remediation: description.remediation, references: description.references)
      infos[description.id] = info
      for alias in description.deprecatedAliases where infos[alias] == nil {
        var aliased = info
        aliased.id = alias
        infos[alias] = aliased
      }
    }
    return infos
  }()
}
