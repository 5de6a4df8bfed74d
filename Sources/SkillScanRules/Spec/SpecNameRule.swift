import Foundation
import SkillScanCore

/// Checks `name` against the spec: 1–64 characters after NFKC, lowercase letters, digits and
/// single inner hyphens, no XML tags.
///
/// The reference validator accepts any Unicode letter; claude.ai and the API accept only
/// ASCII lowercase letters, digits and hyphens. Both sets are reported here, with the
/// non-ASCII case named separately because mixed-script names are also a homoglyph risk.
struct SpecNameRule: Rule {
  static let description = RuleDescription(
    id: "spec-name",
    name: "Name breaks the spec",
    pattern: .spec,
    severity: .low,
    confidence: .high,
    languages: [],
    summary: "The frontmatter `name` is missing or breaks the spec's naming rules.",
    rationale: """
      `name` identifies the skill to the agent and to users. The spec requires 1–64 \
      lowercase alphanumerics and hyphens, with no leading, trailing or doubled hyphen; \
      claude.ai and the API also refuse non-ASCII letters and XML tags. Claude Code loads \
      such names anyway, so a skill that passes locally can fail on upload, and odd names \
      make impersonation easier.
      """,
    remediation: "Use a lowercase, hyphenated ASCII name of at most 64 characters, equal to the folder name.",
    references: SpecSupport.references + [.taxonomy("formats.md §2"), .taxonomy("formats.md §4")],
    triggeringExamples: [
      Example("---\nname: Example_↓Skill\ndescription: Uppercase and underscore.\n---\n"),
      Example("---\nname: -example-↓-skill\ndescription: Hyphen problems.\n---\n"),
      Example("↓---\ndescription: No name at all.\n---\n", note: "missing name is reported at the opening line"),
      Example("---\nname: <skill>exa↓mple</skill>\ndescription: XML in the name.\n---\n"),
    ],
    nonTriggeringExamples: [
      Example("---\nname: example-skill\ndescription: A valid name.\n---\n"),
      Example("---\nname: \"example-skill\"\ndescription: Quoting does not matter.\n---\n"),
      Example("# Body only\n", note: "the harness adds valid frontmatter"),
    ]
  )

  func check(skill: AnalyzedSkill, into sink: inout FindingSink) {
    guard let frontmatter = skill.frontmatter else { return }
    let line = SpecSupport.line(of: "name", in: skill)
    guard let value = frontmatter["name"] else {
      SpecSupport.report(
        "`name` is missing; the spec requires it (Claude Code falls back to the folder name)",
        line: line, in: skill, into: &sink)
      return
    }
    guard let name = value.scalarText else {
      SpecSupport.report("`name` is not a string", line: line, in: skill, into: &sink)
      return
    }
    let problems = Self.problems(in: name)
    guard !problems.isEmpty else { return }
    SpecSupport.report(
      "`name` \(SpecSupport.quoted(name)) breaks the spec: \(problems.joined(separator: "; "))",
      line: line, in: skill, into: &sink)
  }

  /// Every spec problem of `name`, worded for a message.
  static func problems(in name: String) -> [String] {
    let normalized = SpecSupport.nfkc(name.trimmingCharacters(in: .whitespaces))
    guard !normalized.isEmpty else { return ["it is empty"] }
    var problems: [String] = []
    let length = SpecSupport.length(normalized)
    if length > 64 { problems.append("\(length) characters, over 64") }
    if normalized != normalized.lowercased() { problems.append("not lowercase") }
    if normalized.hasPrefix("-") || normalized.hasSuffix("-") {
      problems.append("leading or trailing hyphen")
    }
    if normalized.contains("--") { problems.append("consecutive hyphens") }
    var disallowed: [String] = []
    var nonASCII = false
    for scalar in normalized.unicodeScalars where scalar != "-" {
      let isAlnum = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
      if !isAlnum {
        let shown = scalar.value < 0x20 || scalar.value == 0x7F ? "U+\(String(scalar.value, radix: 16, uppercase: true))" : String(scalar)
        if !disallowed.contains(shown) && disallowed.count < 5 { disallowed.append(shown) }
      } else if !scalar.isASCII {
        nonASCII = true
      }
    }
    if !disallowed.isEmpty {
      problems.append("characters other than letters, digits and '-': \(disallowed.map { "'\($0)'" }.joined(separator: " "))")
    }
    if nonASCII {
      problems.append("non-ASCII letters (the reference validator accepts them; claude.ai and the API do not)")
    }
    if SpecSupport.containsXMLTag(normalized) { problems.append("XML tags") }
    return problems
  }
}
