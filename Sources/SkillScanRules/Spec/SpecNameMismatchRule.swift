import Foundation
import SkillScanCore

/// Flags a `name` that differs from the skill's folder name (compared after NFKC).
///
/// The spec requires them to be equal and Node-hosted OpenClaw refuses a mismatch; elsewhere
/// the slash command and the advertised name then disagree with the folder users see, which
/// is also how a copied skill passes itself off as another.
struct SpecNameMismatchRule: Rule {
  static let description = RuleDescription(
    id: "spec-name-mismatch",
    name: "Name differs from folder",
    pattern: .spec,
    severity: .low,
    confidence: .medium,
    languages: [],
    summary: "The frontmatter `name` is not the name of the skill's folder.",
    rationale: """
      The spec says `name` must equal the parent directory name, and the reference validator \
      compares their NFKC forms. A mismatch makes the skill invalid for strict tools and \
      OpenClaw's Node host, and lets a skill advertise a name other than the folder a \
      reviewer installed. Confidence is medium because the folder may have been renamed by \
      an installer or an archive.
      """,
    remediation: "Rename the folder or the `name` so that both are the same.",
    references: SpecSupport.references + [.taxonomy("formats.md §2"), .taxonomy("formats.md §6.1")],
    triggeringExamples: [
      Example("---\nname: other-↓skill\ndescription: Declares another name.\n---\n"),
      Example("---\nname: example-skill-↓v2\ndescription: A suffix is still a mismatch.\n---\n"),
    ],
    nonTriggeringExamples: [
      Example("---\nname: example-skill\ndescription: Same as the folder.\n---\n"),
      Example("---\nname: ｅｘａｍｐｌｅ-skill\ndescription: Full-width letters equal the folder after NFKC.\n---\n", note: "NFKC comparison, as the validator does"),
      Example("---\ndescription: No name, nothing to compare.\n---\n", note: "a missing name is spec-name's finding"),
    ]
  )

  func check(skill: AnalyzedSkill, into sink: inout FindingSink) {
    guard let name = skill.frontmatter?.name?.trimmingCharacters(in: .whitespaces),
      !name.isEmpty
    else { return }
    let folder = skill.bundle.folderName
    let lowered = folder.lowercased()
    // A lone SKILL.md or an archive has no folder name to compare with.
    guard !folder.isEmpty, !lowered.hasSuffix(".md"), !lowered.hasSuffix(".zip"),
      !lowered.hasSuffix(".skill")
    else { return }
    guard SpecSupport.nfkc(name) != SpecSupport.nfkc(folder) else { return }
    SpecSupport.report(
      "`name` \(SpecSupport.quoted(name)) differs from the folder name \(SpecSupport.quoted(folder))",
      line: SpecSupport.line(of: "name", in: skill), in: skill, into: &sink)
  }
}
