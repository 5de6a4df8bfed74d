import Foundation
import SkillScanCore

/// Renders `skillscan rules explain ID`.
enum RuleExplanation {
  static func text(_ rule: RuleDescription) -> String {
    var text = "\(rule.id) — \(rule.name)\n\n"
    let languages = rule.languages.map(\.rawValue).sorted()
    let facts: [(String, String)] = [
      ("pattern", "\(rule.pattern.rawValue) (\(rule.pattern.title))"),
      ("category", rule.pattern.category.rawValue),
      ("severity", rule.severity.rawValue),
      ("confidence", rule.confidence.rawValue),
      ("looks at", languages.isEmpty ? "the skill as a whole" : languages.joined(separator: ", ")),
      ("enabled", rule.enabledByDefault ? "by default" : "only with --enable \(rule.id)"),
    ] + (rule.deprecatedAliases.isEmpty ? [] : [("aliases", rule.deprecatedAliases.map(\.rawValue).joined(separator: ", "))])
    for (label, value) in facts {
      text += "  " + (label + ":").padding(toLength: 12, withPad: " ", startingAt: 0) + value + "\n"
    }
    text += section("Summary", rule.summary)
    text += section("Rationale", rule.rationale)
    text += section("Remediation", rule.remediation)
    if !rule.references.isEmpty {
      text += "\nReferences\n" + rule.references.map { "  - \($0.description)\n" }.joined()
    }
    text += examples("Triggering examples", rule.triggeringExamples)
    text += examples("Non-triggering examples", rule.nonTriggeringExamples)
    return text
  }

  private static func section(_ title: String, _ body: String) -> String {
    guard !body.isEmpty else { return "" }
    return "\n\(title)\n" + indent(body, by: 2)
  }

  private static func examples(_ title: String, _ examples: [Example]) -> String {
    guard !examples.isEmpty else { return "" }
    var text = "\n\(title) (↓ marks the line a finding lands on)\n"
    for example in examples {
      text += "  [\(example.path ?? example.language.rawValue)]"
      text += example.note.isEmpty ? "\n" : " — \(example.note)\n"
      text += indent(example.text, by: 4)
    }
    return text
  }

  private static func indent(_ body: String, by width: Int) -> String {
    let pad = String(repeating: " ", count: width)
    return body.split(separator: "\n", omittingEmptySubsequences: false).map { pad + $0 }
      .joined(separator: "\n") + "\n"
  }
}
