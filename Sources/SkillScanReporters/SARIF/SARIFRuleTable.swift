import Foundation
import SkillScanCore

/// Collects `tool.driver.rules` while results stream: each rule gets its index on first use,
/// so a result can be encoded at once, and the descriptors are built at the end.
///
/// Rules come from ``ReportRuleInfo`` when the caller passed the catalog; otherwise from what
/// the findings say (pattern, highest severity seen, first remediation), so every `ruleId`
/// that appears is always described.
struct SARIFRuleTable {
  private struct Observed {
    var pattern: PatternID?
    var severity: Severity
    var remediation: String
  }

  private let catalog: [RuleID: ReportRuleInfo]
  private var order: [RuleID] = []
  private var observed: [RuleID: Observed] = [:]
  private var indexes: [RuleID: Int] = [:]

  init(catalog: [RuleID: ReportRuleInfo]) {
    self.catalog = catalog
  }

  /// The index of the finding's rule, registering it on first use.
  mutating func index(for finding: Finding) -> Int {
    index(finding.ruleID, pattern: finding.pattern, severity: finding.severity, remediation: finding.remediation)
  }

  /// The index of a synthetic verdict rule.
  mutating func index(verdictRule id: RuleID, severity: Severity) -> Int {
    index(id, pattern: nil, severity: severity, remediation: "")
  }

  private mutating func index(_ id: RuleID, pattern: PatternID?, severity: Severity, remediation: String) -> Int {
    if let known = indexes[id] {
      if var seen = observed[id] {
        seen.severity = max(seen.severity, severity)
        if seen.remediation.isEmpty { seen.remediation = remediation }
        observed[id] = seen
      }
      return known
    }
    indexes[id] = order.count
    order.append(id)
    observed[id] = Observed(pattern: pattern, severity: severity, remediation: remediation)
    return order.count - 1
  }

  /// One descriptor per rule, in index order.
  func descriptors() -> [SARIF.Rule] {
    order.map { id in
      let seen = observed[id] ?? Observed(pattern: nil, severity: .medium, remediation: "")
      if let info = catalog[id] { return descriptor(info) }
      if let pattern = seen.pattern { return descriptor(id, pattern: pattern, seen: seen) }
      return verdictDescriptor(id, severity: seen.severity)
    }
  }

  private func descriptor(_ info: ReportRuleInfo) -> SARIF.Rule {
    var markdown = "**\(info.summary)**\n\n\(info.rationale)"
    if !info.remediation.isEmpty { markdown += "\n\n**Remediation:** \(info.remediation)" }
    let references = info.references.map { "- \($0.description)" }
    if !references.isEmpty { markdown += "\n\n**References:**\n\n" + references.joined(separator: "\n") }
    markdown += "\n\nPattern \(info.pattern.rawValue) (\(info.pattern.title)), see `skillscan rules explain \(info.id.rawValue)`."
    var text = info.rationale
    if !info.remediation.isEmpty { text += "\n\nRemediation: \(info.remediation)" }
    return SARIF.Rule(
      id: info.id.rawValue, name: info.name,
      shortDescription: SARIF.Message(text: info.summary),
      fullDescription: SARIF.Message(text: info.rationale.isEmpty ? info.summary : info.rationale),
      help: SARIF.MultiformatMessage(text: text, markdown: markdown),
      defaultConfiguration: SARIF.Configuration(level: SARIFMapping.level(info.severity)),
      properties: properties(
        pattern: info.pattern, severity: info.severity, confidence: info.confidence, references: info.references))
  }

  private func descriptor(_ id: RuleID, pattern: PatternID, seen: Observed) -> SARIF.Rule {
    let summary = "\(pattern.title) (\(pattern.rawValue))"
    var text = "A SkillScan check for taxonomy pattern \(pattern.rawValue): \(pattern.title)."
    if !seen.remediation.isEmpty { text += "\n\nRemediation: \(seen.remediation)" }
    let markdown = text.replacingOccurrences(of: "Remediation:", with: "**Remediation:**")
      + "\n\nSee `skillscan rules explain \(id.rawValue)`."
    return SARIF.Rule(
      id: id.rawValue, name: id.rawValue, shortDescription: SARIF.Message(text: summary),
      fullDescription: SARIF.Message(text: text), help: SARIF.MultiformatMessage(text: text, markdown: markdown),
      defaultConfiguration: SARIF.Configuration(level: SARIFMapping.level(seen.severity)),
      properties: properties(pattern: pattern, severity: seen.severity, confidence: .medium, references: []))
  }

  private func verdictDescriptor(_ id: RuleID, severity: Severity) -> SARIF.Rule {
    let verdict = severity >= .high ? "malicious" : "suspicious"
    let text = "SkillScan judged the whole skill \(verdict) from its findings (taxonomy.md §6.3). "
      + "The alert sits on the skill's SKILL.md; its message lists the score and the strongest reasons."
    let help = "Review the skill before installing or keeping it: read the findings listed in the "
      + "reasons. Do not run a skill judged malicious."
    return SARIF.Rule(
      id: id.rawValue, name: "Skill verdict: \(verdict)",
      shortDescription: SARIF.Message(text: "Skill judged \(verdict)"),
      fullDescription: SARIF.Message(text: text),
      help: SARIF.MultiformatMessage(text: help, markdown: help),
      defaultConfiguration: SARIF.Configuration(level: SARIFMapping.level(severity)),
      properties: SARIF.RuleProperties(
        tags: ["security", "verdict", verdict], securitySeverity: SARIFMapping.securitySeverity(severity),
        precision: "high", pattern: "VERDICT", category: "verdict"))
  }

  private func properties(
    pattern: PatternID, severity: Severity, confidence: Confidence, references: [Reference]
  ) -> SARIF.RuleProperties {
    var tags: [String] = []
    for tag in ["security", pattern.rawValue, pattern.category.rawValue]
      + (references + pattern.frameworkReferences).map(\.tag)
    where !tags.contains(tag) && tag != "reference" {
      tags.append(tag)
    }
    return SARIF.RuleProperties(
      tags: Array(tags.prefix(SARIFMapping.maxTags)), securitySeverity: SARIFMapping.securitySeverity(severity),
      precision: SARIFMapping.precision(confidence), pattern: pattern.rawValue, category: pattern.category.rawValue)
  }
}
