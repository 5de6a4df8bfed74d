import Foundation
import SkillScanCore

/// Checks `compatibility`: when present, a string of 1–500 characters.
///
/// The field describes environment needs (product, system packages, network); the spec and
/// the reference validator bound it, and an oversized value is a place to hide text that
/// some clients show to the model.
struct SpecCompatibilityLengthRule: Rule {
  static let description = RuleDescription(
    id: "spec-compatibility-length",
    name: "Compatibility breaks the spec",
    pattern: .spec,
    severity: .low,
    confidence: .high,
    languages: [],
    summary: "The frontmatter `compatibility` is empty, not a string, or over 500 characters.",
    rationale: """
      The spec allows an optional `compatibility` string of 1–500 characters for \
      environment requirements. The reference validator rejects longer values, and a long \
      free-text field in metadata is room for instructions that reviewers skim past.
      """,
    remediation: "Keep `compatibility` to a short statement of requirements, or remove it.",
    references: SpecSupport.references + [.taxonomy("formats.md §2")],
    triggeringExamples: [
      Example("---\nname: example-skill\ndescription: d\ncompatibility: \(String(repeating: "Requires Python. ", count: 32))↓end\n---\n"),
      Example("---\nname: example-skill\ndescription: d\ncompatibility: ↓\"\"\n---\n"),
      Example("---\nname: example-skill\ndescription: d\ncompatibility: [python, ↓git]\n---\n", note: "a list, not a string"),
    ],
    nonTriggeringExamples: [
      Example("---\nname: example-skill\ndescription: d\ncompatibility: Requires Python 3.11 and network access.\n---\n"),
      Example("---\nname: example-skill\ndescription: d\n---\n", note: "the field is optional"),
    ]
  )

  func check(skill: AnalyzedSkill, into sink: inout FindingSink) {
    guard let value = skill.frontmatter?["compatibility"] else { return }
    let line = SpecSupport.line(of: "compatibility", in: skill)
    let problem: String?
    if let text = value.scalarText {
      let length = SpecSupport.length(text)
      if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
        problem = "it is empty"
      } else if length > 500 {
        problem = "\(length) characters, over 500"
      } else {
        problem = nil
      }
    } else if value == .null {
      problem = "it is empty"
    } else {
      problem = "it is not a string"
    }
    guard let problem else { return }
    SpecSupport.report(
      "`compatibility` breaks the spec: \(problem)", line: line, in: skill, into: &sink)
  }
}
