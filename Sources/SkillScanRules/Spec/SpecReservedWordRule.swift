import Foundation
import SkillScanCore

/// Flags a `name` containing the reserved words `anthropic` or `claude`.
///
/// claude.ai and the API refuse such names; on other agents a skill named after the vendor
/// borrows its authority, which is why the platform reserves the words.
struct SpecReservedWordRule: Rule {
  static let description = RuleDescription(
    id: "spec-reserved-word",
    name: "Reserved word in name",
    pattern: .spec,
    severity: .low,
    confidence: .high,
    languages: [],
    summary: "The skill `name` contains `anthropic` or `claude`.",
    rationale: """
      Anthropic reserves `anthropic` and `claude` in skill names: claude.ai and the Skills \
      API reject them. Elsewhere the name still loads, and a skill that looks official is \
      trusted more readily by users and by the model.
      """,
    remediation: "Choose a name that does not contain `anthropic` or `claude`.",
    references: SpecSupport.references + [.taxonomy("formats.md §4"), .taxonomy("§5.11")],
    triggeringExamples: [
      Example("---\nname: claude-↓helper\ndescription: d\n---\n"),
      Example("---\nname: pdf-by-anthr↓opic\ndescription: d\n---\n"),
      Example("---\nname: ＣＬＡＵＤＥ-↓tools\ndescription: d\n---\n", note: "full-width letters fold to `claude` under NFKC"),
    ],
    nonTriggeringExamples: [
      Example("---\nname: example-skill\ndescription: Works well with Claude Code.\n---\n", note: "the description may name the product"),
      Example("---\nname: clause-parser\ndescription: d\n---\n", note: "near miss"),
    ]
  )

  func check(skill: AnalyzedSkill, into sink: inout FindingSink) {
    guard let name = skill.frontmatter?.name else { return }
    let folded = SpecSupport.nfkc(name).lowercased()
    let words = ["anthropic", "claude"].filter { folded.contains($0) }
    guard !words.isEmpty else { return }
    SpecSupport.report(
      "`name` \(SpecSupport.quoted(name)) contains the reserved word \(words.map { "'\($0)'" }.joined(separator: " and ")), refused by claude.ai and the API",
      line: SpecSupport.line(of: "name", in: skill), in: skill, into: &sink)
  }
}
