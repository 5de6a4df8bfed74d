import SkillScanCore

/// Lists top-level frontmatter keys outside the six spec fields.
///
/// Claude Code and OpenClaw read extension keys (`hooks`, `user-invocable`, `homepage` …)
/// and other agents ignore them, but claude.ai uploads, the Skills API and the reference
/// validator reject any of them with a hard error.
struct SpecUnknownKeysRule: Rule {
  static let description = RuleDescription(
    id: "spec-unknown-keys",
    name: "Keys outside the spec",
    pattern: .spec,
    severity: .info,
    confidence: .high,
    languages: [],
    summary: "The frontmatter has top-level keys other than the six spec fields.",
    rationale: """
      The spec allows only `name`, `description`, `license`, `allowed-tools`, `metadata` and \
      `compatibility`; client-specific extras belong under `metadata`. Claude Code and \
      OpenClaw accept their own extension keys, other agents ignore them, and claude.ai, the \
      Skills API and `skills-ref` refuse the skill outright. Some extension keys (`hooks`, \
      `command-dispatch`) change behaviour and are checked by their own rules.
      """,
    remediation: """
      Move client-specific keys under `metadata` (as strings), or accept that the skill will \
      not upload to claude.ai or the API.
      """,
    references: SpecSupport.references + [.taxonomy("formats.md §3.2"), .taxonomy("formats.md §6.2")],
    triggeringExamples: [
      Example("---\nname: example-skill\ndescription: d\nuser-↓invocable: false\nhomepage: https://example.com\n---\n"),
      Example("---\nname: example-skill\ndescription: d\nversion: ↓1.0.0\n---\n"),
    ],
    nonTriggeringExamples: [
      Example("---\nname: example-skill\ndescription: d\nlicense: MIT\nallowed-tools: Read Grep\ncompatibility: Python 3\nmetadata:\n  version: \"1.0\"\n---\n", note: "all six spec fields"),
      Example("---\nname: example-skill\ndescription: d\nmetadata: {\"homepage\": \"https://example.com\"}\n---\n", note: "extras nested under metadata are fine"),
    ]
  )

  func check(skill: AnalyzedSkill, into sink: inout FindingSink) {
    guard let frontmatter = skill.frontmatter else { return }
    let unknown = frontmatter.keys.filter { !SpecSupport.specKeys.contains($0) }
    guard let first = unknown.first else { return }
    let listed = unknown.prefix(12).map { "`\(Snippet.make($0))`" }.joined(separator: ", ")
    let more = unknown.count > 12 ? " and \(unknown.count - 12) more" : ""
    SpecSupport.report(
      "frontmatter keys outside the spec: \(listed)\(more); Claude Code and OpenClaw accept "
        + "them, claude.ai, the API and skills-ref refuse the skill",
      line: SpecSupport.line(of: first, in: skill), in: skill, into: &sink)
  }
}
