import Foundation
import SkillScanCore

/// The Markdown lines for one flagged skill: heading, score, reasons, findings table.
///
/// Returned as lines so the writer can stop at any row when the comment budget runs out
/// and the table it leaves behind still renders.
struct MarkdownSkillSection {
  let skill: SkillResult
  let paths: ReportPaths
  let rules: [RuleID: ReportRuleInfo]

  /// The lines, each without its newline.
  func lines() -> [String] {
    let active = skill.findings.count { $0.isActive }
    let suppressed = skill.findings.count - active
    let name = skill.name.isEmpty ? "" : " (\(MarkdownText.escape(skill.name)))"
    var lines = [
      "### \(Self.icon(skill.verdict)) \(skill.verdict.label): \(MarkdownText.code(paths.relative(skill.path)))\(name)",
      "",
      "**Score \(skill.score)/100** · \(active) active finding\(active == 1 ? "" : "s")"
        + (suppressed > 0 ? " · \(suppressed) suppressed" : ""),
      "",
    ]
    if !skill.reasons.isEmpty {
      lines.append("**Why:**")
      lines.append("")
      lines += skill.reasons.prefix(5).map { "- " + MarkdownText.escape($0) }
      if skill.reasons.count > 5 { lines.append("- *… \(skill.reasons.count - 5) more*") }
      lines.append("")
    }
    for error in skill.errors {
      lines.append("> **Error:** " + MarkdownText.escape(error))
      lines.append("")
    }
    guard !skill.findings.isEmpty else { return lines }
    lines.append("| Severity | Rule | Location | Finding |")
    lines.append("|---|---|---|---|")
    lines += skill.findings.map(row)
    lines.append("")
    return lines
  }

  private func row(_ finding: Finding) -> String {
    var location = finding.file.isEmpty ? "(skill)" : finding.file
    if finding.line > 0 { location += ":\(finding.line)" }
    var rule = MarkdownText.code(finding.ruleID.rawValue)
    if let info = rules[finding.ruleID] { rule += "<br>" + MarkdownText.escape(info.name) }
    var text = MarkdownText.escape(finding.message)
    if !finding.snippet.isEmpty { text += "<br>" + MarkdownText.code(finding.snippet) }
    var severity = Self.severityLabel(finding.severity)
    if let suppression = finding.suppression {
      severity = "~~\(finding.severity.rawValue)~~"
      text = "*suppressed (\(suppression.kind.rawValue)): \(MarkdownText.escape(suppression.reason))*<br>" + text
    }
    return "| \(severity) | \(rule) | \(MarkdownText.code(location)) | \(text) |"
  }

  static func severityLabel(_ severity: Severity) -> String {
    switch severity {
    case .critical: "**critical**"
    case .high: "**high**"
    case .medium, .low, .info: severity.rawValue
    }
  }

  static func icon(_ verdict: Verdict) -> String {
    switch verdict {
    case .malicious: "🔴"
    case .suspicious: "🟠"
    case .safe: "🟢"
    }
  }
}
