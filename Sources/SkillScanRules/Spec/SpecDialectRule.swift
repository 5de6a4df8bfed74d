import SkillScanCore

/// Reports each frontmatter dialect deviation the parser tolerated: a BOM, CRLF, blank lines
/// before `---`, a closing `...`, tabs, flow-style or JSON5 metadata, duplicate keys.
///
/// SkillScan reads all of them so that nothing escapes analysis; this rule makes the
/// tolerance visible, because strict tools (the reference validator, claude.ai) refuse them.
struct SpecDialectRule: Rule {
  static let description = RuleDescription(
    id: "spec-dialect",
    name: "Frontmatter dialect",
    pattern: .spec,
    severity: .info,
    confidence: .high,
    languages: [],
    summary: "The frontmatter uses a dialect that agents accept but strict parsers refuse.",
    rationale: """
      Agents parse frontmatter leniently: a byte-order mark, CRLF line endings, blank lines \
      before `---`, inline-JSON `metadata` (the OpenClaw norm) and duplicate keys all load. \
      The reference validator requires the file to start with `---` and uses strictyaml, \
      which refuses flow style; duplicate keys resolve differently per agent, so two agents \
      can see two different values.
      """,
    remediation: """
      Save SKILL.md as UTF-8 without a BOM, with LF line endings, starting with `---`; write \
      `metadata` in block style; remove duplicate keys.
      """,
    references: SpecSupport.references + [.taxonomy("formats.md §2"), .taxonomy("formats.md §6.2")],
    triggeringExamples: [
      Example("↓\u{FEFF}---\nname: example-skill\ndescription: Saved with a BOM.\n---\n", language: .text, path: "SKILL.md"),
      Example("↓---\r\nname: example-skill\r\ndescription: Windows line endings.\r\n---\r\n", note: "CRLF is reported on the opening line"),
      Example("---\nname: example-skill\ndescription: d\nmetadata: {\"openclaw\": ↓{\"always\": false}}\n---\n"),
      Example("---\nname: example-skill\ndescription: first\ndescription: ↓second\n---\n", note: "duplicate key, last value wins"),
    ],
    nonTriggeringExamples: [
      Example("---\nname: example-skill\ndescription: Plain block YAML.\nmetadata:\n  openclaw:\n    always: false\n---\n"),
      Example("---\nname: example-skill\ndescription: \"A --- inside a value is fine.\"\n---\n"),
    ]
  )

  func check(skill: AnalyzedSkill, into sink: inout FindingSink) {
    guard case .parsed(let notes) = skill.frontmatterStatus else { return }
    for note in notes {
      SpecSupport.report(
        "frontmatter dialect: \(note.message); agents accept it, strict validators may not",
        line: note.line, in: skill, into: &sink)
    }
  }
}
