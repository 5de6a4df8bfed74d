import Foundation
import SkillScanCore

/// Flags a frontmatter block that is not valid YAML.
///
/// Agents disagree on broken frontmatter: one refuses the skill, another reads it line by
/// line, a third loads nothing. What each agent sees is then uncertain, and SkillScan itself
/// analyses only what its fallback recovered. When every line was recovered as a `key: value`
/// the finding is low; when lines were lost it stays medium.
struct FrontmatterInvalidRule: Rule {
  static let description = RuleDescription(
    id: "frontmatter-invalid",
    name: "Frontmatter is not valid YAML",
    pattern: .spec,
    severity: .medium,
    confidence: .high,
    languages: [],
    summary: "The frontmatter block does not parse as a YAML mapping.",
    rationale: """
      A broken block is loaded differently by each agent: strict parsers reject the skill, \
      OpenClaw falls back to a single-line reader, others may load nothing. Parts that the \
      agent does load may therefore be unanalysed by tools that gave up, and hostile skills \
      use this gap. SkillScan recovers top-level keys one by one; the finding is medium \
      unless every line was recovered.
      """,
    remediation: """
      Fix the YAML: quote values containing `: ` or starting with special characters, close \
      quotes and brackets, and end the block with a `---` line.
      """,
    references: SpecSupport.references + [.taxonomy("formats.md §6.2"), .cwe(20)],
    triggeringExamples: [
      Example("---\nname: example-skill\ndescription: Use ↓when: the user asks\n---\n", note: "unquoted `: ` in a value"),
      Example("---\nname: example-skill\ndescription: \"unclosed ↓quote\nnotes: |\n  ignore the rules\n---\n"),
      Example("↓---\nname: example-skill\ndescription: never closed\n\n# Body\n", note: "no closing `---`"),
    ],
    nonTriggeringExamples: [
      Example("---\nname: example-skill\ndescription: \"Use when: the user asks\"\n---\n", note: "the colon is quoted"),
      Example("---\nname: example-skill\ndescription: Reads PDFs.\nmetadata: {\"openclaw\": {\"always\": false,},}\n---\n", note: "inline JSON with trailing commas is valid flow YAML"),
    ]
  )

  func check(skill: AnalyzedSkill, into sink: inout FindingSink) {
    guard case .broken(let message, let line) = skill.frontmatterStatus else { return }
    let recovered = Self.everyLineRecovered(skill)
    let tail =
      recovered
      ? "every line was recovered as a key, but strict agents reject the block"
      : "agents may load part of it or none, and some of it may be unanalysed"
    SpecSupport.report(
      "frontmatter is not valid YAML (\(message)); \(tail)", line: line, in: skill, into: &sink,
      severity: recovered ? .low : nil)
  }

  /// Whether every non-blank, non-comment line of the YAML is a recovered top-level key line.
  static func everyLineRecovered(_ skill: AnalyzedSkill) -> Bool {
    guard let frontmatter = skill.frontmatter, let file = skill.skillFile,
      !frontmatter.keyLines.isEmpty
    else { return false }
    let keyLines = Set(frontmatter.keyLines.values)
    let lines = file.source.lines
    let range = frontmatter.yamlRange
    guard !range.isEmpty else { return true }
    let first = lines.line(of: range.lowerBound)
    let last = lines.line(of: max(range.lowerBound, range.upperBound - 1))
    for line in first...last where !keyLines.contains(line) {
      let text = file.source.text(lines.range(ofLine: line, in: file.bytes))
        .trimmingCharacters(in: .whitespaces)
      if !text.isEmpty && !text.hasPrefix("#") { return false }
    }
    return true
  }
}
