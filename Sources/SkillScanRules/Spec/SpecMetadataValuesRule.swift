import SkillScanCore

/// Checks that `metadata` is a map of string keys to string values, as the spec defines it.
///
/// OpenClaw nests maps and lists under `metadata.openclaw` (or writes `metadata` as a JSON
/// string), which agents read but the spec does not allow; the reference validator coerces
/// values to strings, so what it validates is not what OpenClaw acts on.
struct SpecMetadataValuesRule: Rule {
  static let description = RuleDescription(
    id: "spec-metadata-values",
    name: "Metadata values are not strings",
    pattern: .spec,
    severity: .info,
    confidence: .high,
    languages: [],
    summary: "`metadata` is not a map of strings (nested maps, lists, numbers, or a JSON string).",
    rationale: """
      The spec defines `metadata` as a map from string keys to string values for \
      client-specific extras. OpenClaw's gating and install specs live in nested maps under \
      `metadata.openclaw`, and some skills write `metadata` as a JSON string that OpenClaw \
      re-parses. Both load, but strict tools coerce or refuse them, so the install and gating \
      behaviour that matters is invisible to them.
      """,
    remediation: "Keep `metadata` values as strings, or accept that the skill targets OpenClaw only.",
    references: SpecSupport.references + [.taxonomy("formats.md §6.3")],
    triggeringExamples: [
      Example("---\nname: example-skill\ndescription: d\nmetadata: {\"openclaw\": {\"always\": ↓true}}\n---\n"),
      Example("---\nname: example-skill\ndescription: d\nmeta↓data:\n  version: 1.2\n---\n", note: "a number; reported on the metadata line"),
      Example("---\nname: example-skill\ndescription: d\nmetadata: '{\"openclaw\": ↓{}}'\n---\n", note: "a JSON string OpenClaw re-parses"),
    ],
    nonTriggeringExamples: [
      Example("---\nname: example-skill\ndescription: d\nmetadata:\n  author: example\n  version: \"1.2\"\n---\n"),
      Example("---\nname: example-skill\ndescription: d\n---\n", note: "metadata is optional"),
    ]
  )

  func check(skill: AnalyzedSkill, into sink: inout FindingSink) {
    guard let metadata = skill.frontmatter?["metadata"] else { return }
    let line = SpecSupport.line(of: "metadata", in: skill)
    let message: String?
    switch metadata {
    case .map(let pairs):
      let offending = pairs.filter {
        if case .string = $0.value { return false }
        return true
      }
      message =
        offending.isEmpty
        ? nil
        : "`metadata` values must be strings; "
          + offending.prefix(8).map { "`\(Snippet.make($0.key))` is \(Self.kind($0.value))" }
          .joined(separator: ", ")
    case .string:
      message = "`metadata` is a string (JSON text OpenClaw re-parses), not a map"
    case .null:
      message = nil
    default:
      message = "`metadata` is \(Self.kind(metadata)), not a map"
    }
    guard let message else { return }
    SpecSupport.report(message, line: line, in: skill, into: &sink)
  }

  static func kind(_ value: YAMLValue) -> String {
    switch value {
    case .string: "a string"
    case .number: "a number"
    case .bool: "a boolean"
    case .null: "null"
    case .list: "a list"
    case .map: "a map"
    }
  }
}
