import SkillScanCore

/// Flags a `SKILL.md` that does not open with a `---` frontmatter block.
///
/// Claude Code still loads such a skill, naming it after its folder and advertising its first
/// paragraph as the description, so body text silently becomes always-loaded metadata. The
/// spec, the reference validator, claude.ai and the API refuse it.
struct FrontmatterMissingRule: Rule {
  static let description = RuleDescription(
    id: "frontmatter-missing",
    name: "SKILL.md has no frontmatter",
    pattern: .spec,
    severity: .low,
    confidence: .high,
    languages: [],
    summary: "SKILL.md does not start with a YAML frontmatter block.",
    rationale: """
      The Agent Skills spec requires `SKILL.md` to open with `---` frontmatter holding `name` \
      and `description`. Without it, claude.ai, the Skills API and `skills-ref validate` refuse \
      the skill, while Claude Code falls back to the folder name and the first paragraph of \
      the body, which then sits in the agent's context in every session.
      """,
    remediation: """
      Start SKILL.md with a `---` block declaring `name` (the folder name) and a \
      `description` of what the skill does and when to use it.
      """,
    references: SpecSupport.references + [.taxonomy("formats.md §2")],
    triggeringExamples: [
      Example("# PDF ↓tools\n\nExtract text from PDFs.\n", language: .text, path: "SKILL.md", note: "verbatim SKILL.md without a block"),
      Example("name: example-↓skill\ndescription: Delimiters forgotten.\n\n# Body\n", language: .text, path: "SKILL.md", note: "keys without `---` lines"),
    ],
    nonTriggeringExamples: [
      Example("---\nname: example-skill\ndescription: Extract text from PDFs.\n---\n# PDF tools\n"),
      Example("\u{FEFF}---\nname: example-skill\ndescription: BOM first.\n---\n", language: .text, path: "SKILL.md", note: "a BOM is a dialect, not a missing block"),
      Example("Reference notes without frontmatter.\n", path: "references/notes.md", note: "only SKILL.md needs frontmatter"),
    ]
  )

  func check(skill: AnalyzedSkill, into sink: inout FindingSink) {
    guard skill.frontmatterStatus == .missing, skill.skillFile != nil else { return }
    SpecSupport.report(
      "SKILL.md has no `---` frontmatter; Claude Code falls back to the folder name and first "
        + "paragraph, claude.ai and the API refuse the skill",
      line: 1, in: skill, into: &sink)
  }
}
