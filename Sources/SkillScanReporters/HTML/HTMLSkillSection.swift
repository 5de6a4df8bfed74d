import Foundation
import SkillScanCore

/// The HTML for one flagged skill: verdict badge, score, reasons, then findings grouped by
/// category with the snippet highlighted; suppressed findings stay, greyed and labelled.
struct HTMLSkillSection {
  let skill: SkillResult
  let paths: ReportPaths
  let rules: [RuleID: ReportRuleInfo]

  func render() -> String {
    let verdict = HTMLText.token(skill.verdict.rawValue)
    let name = skill.name.isEmpty ? "" : " <small>\(HTMLText.escape(skill.name))</small>"
    var html = "<section class=\"skill \(verdict)\">\n"
    html += "<h2><span class=\"badge \(verdict)\">\(skill.verdict.label)</span> "
    html += "\(HTMLText.escape(paths.relative(skill.path)))\(name)</h2>\n"
    let active = skill.findings.count { $0.isActive }
    let suppressed = skill.findings.count - active
    html += "<p class=\"score\">Score \(skill.score)/100 · \(active) active finding\(active == 1 ? "" : "s")"
    html += suppressed > 0 ? " · \(suppressed) suppressed</p>\n" : "</p>\n"
    if !skill.reasons.isEmpty {
      html += "<ul class=\"reasons\">\n"
      for reason in skill.reasons { html += "<li>\(HTMLText.escape(reason))</li>\n" }
      html += "</ul>\n"
    }
    for error in skill.errors { html += "<p class=\"error\">Error: \(HTMLText.escape(error))</p>\n" }
    var byCategory: [Category: [Finding]] = [:]
    for finding in skill.findings { byCategory[finding.category, default: []].append(finding) }
    for category in Category.allCases {
      guard let findings = byCategory[category] else { continue }
      html += "<h3 class=\"category\">\(category.title) (\(findings.count))</h3>\n"
      for finding in findings { html += render(finding) }
    }
    return html + "</section>\n"
  }

  private func render(_ finding: Finding) -> String {
    let severity = HTMLText.token(finding.severity.rawValue)
    var html = "<div class=\"finding \(severity)\(finding.isActive ? "" : " suppressed")\">\n"
    html += "<div class=\"meta\"><span class=\"sev \(severity)\">\(severity)</span> "
    html += "<code>\(HTMLText.escape(finding.ruleID.rawValue))</code>"
    if let info = rules[finding.ruleID] { html += " \(HTMLText.escape(info.name))" }
    html += " · \(HTMLText.escape(location(finding))) · \(finding.pattern.rawValue)"
    html += " · confidence \(finding.confidence.rawValue) · \(finding.context.rawValue)"
    if let chain = finding.chain { html += " · chain: \(chain.rawValue)" }
    if let suppression = finding.suppression {
      html += "<span class=\"supp-label\">SUPPRESSED (\(suppression.kind.rawValue))</span>"
    }
    html += "</div>\n<p>\(HTMLText.escape(finding.message))</p>\n"
    if let suppression = finding.suppression {
      html += "<p><em>Suppressed: \(HTMLText.escape(suppression.reason))</em></p>\n"
    }
    if !finding.snippet.isEmpty {
      let line = finding.line > 0 ? "\(finding.line): " : ""
      html += "<pre class=\"snippet\">\(line)<mark>\(HTMLText.escape(finding.snippet))</mark></pre>\n"
    }
    if !finding.remediation.isEmpty && finding.isActive {
      html += "<p class=\"score\">Fix: \(HTMLText.escape(finding.remediation))</p>\n"
    }
    return html + "</div>\n"
  }

  private func location(_ finding: Finding) -> String {
    var text = finding.file.isEmpty ? "(skill)" : finding.file
    if finding.line > 0 {
      text += ":\(finding.line)"
      if finding.column > 0 { text += ":\(finding.column)" }
    }
    return text
  }
}
