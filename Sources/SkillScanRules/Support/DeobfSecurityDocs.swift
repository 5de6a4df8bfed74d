import Foundation
import SkillScanCore

/// Whether an encoded or decode-and-run construct sits in a security tool's documentation.
///
/// Scanners and reviewers teach the patterns they detect with fenced examples (§6.4). Their
/// Markdown examples are discounted to low confidence; their scripts are not, so a real chain
/// inside a "security" skill is still caught. The purpose is read from `name` and
/// `description` only — never from the folder name, which says where a skill was collected,
/// not what it does.
enum DeobfSecurityDocs {
  static let words = PhraseMatcher([
    "security", "secure code", "vetting", "vet", "audit", "auditing", "auditor", "scanner",
    "scan for", "detect", "detects", "detection", "defense", "defence", "guard", "guardrail",
    "threat", "threats", "malware", "injection", "vulnerability", "vulnerabilities", "pentest",
    "red team", "forensic", "forensics", "incident response",
  ])

  /// Computed once per skill: the decoding rules ask it for every file.
  static func declaresSecurityPurpose(_ skill: AnalyzedSkill) -> Bool {
    skill.cache.value(securityDocsSlot) { compute(skill) }
  }

  private static func compute(_ skill: AnalyzedSkill) -> Bool {
    // The folder name stands in only when the skill declares no name of its own.
    var text = (skill.frontmatter?.name ?? skill.bundle.folderName).replacingOccurrences(of: "-", with: " ")
    if let description = skill.frontmatter?.description { text += " \n " + description }
    let normalized = TextNormalizer.normalize(Array(text.utf8)).bytes
    return words.containsMatch(in: normalized) || SecurityPurpose.declaresSecurityPurpose(text)
  }

  /// True for Markdown or plain-text files of a security-purpose skill.
  static func isSecurityDocumentation(_ file: AnalyzedFile, in skill: AnalyzedSkill) -> Bool {
    (file.source.language == .markdown || file.source.language == .text) && declaresSecurityPurpose(skill)
  }
}

/// Where a skill's documentation-purpose answer is cached.
private let securityDocsSlot = CacheSlot<Bool>("DeobfSecurityDocs.declaresSecurityPurpose")
