import Foundation
public import SkillScanCore

/// Recognises skills whose declared purpose is security work: review, audit, scanning,
/// detection or red-teaming.
///
/// Such skills quote the patterns they look for (§6.4): lists of injection phrases, IOCs,
/// `curl | sh` examples. Rules use this to lower confidence or treat list-like matches as
/// descriptive; they never use it to drop a finding, because a real chain inside a
/// "security" skill must still be caught.
public enum SecurityPurpose {
  static let phrases = PhraseMatcher([
    "security review", "security reviews", "security audit", "security audits",
    "security scanner", "security scanning", "security scan", "security analysis",
    "security checker", "security linter", "security testing", "security tool",
    "vulnerability scanner", "vulnerability scanning", "vulnerability assessment",
    "code audit", "audits", "auditing", "auditor", "scanner", "scanners", "red team",
    "red-team", "red teaming", "red-teaming", "redteam", "penetration test",
    "penetration testing", "pentest", "pentesting", "threat model", "threat modeling",
    "threat modelling", "threat detection", "malware analysis", "malware detection",
    "prompt injection detection", "detect prompt injection", "detects prompt injection",
    "injection detection", "guardrail", "guardrails", "incident response", "forensics",
    "secure code review", "static analysis", "sast",
    "security reviewer", "security reviewers", "security layer", "security blacklist",
    "security blocklist", "security monitor", "security monitoring", "detection tool",
    "malicious patterns", "malicious skill detection", "skill vetting", "prompt injection defense",
    "prompt injection protection", "injection defense",
    // A detector names what it looks for: "lints snippets for risky patterns".
    "risky patterns", "dangerous patterns", "unsafe patterns", "insecure patterns",
    "suspicious patterns", "risky commands", "dangerous commands", "unsafe commands",
    "risky shell", "dangerous shell",
    // A vetting guide: "explains which lines match known malware lures".
    "malware lures", "known malware", "malicious skills", "safe to install",
    // Teaching material quotes the attacks it teaches: "a security-awareness module".
    "security awareness", "security-awareness", "security training", "awareness training", "prompt injection training",
  ])

  /// Whether the skill's name or description declares a security purpose.
  /// - Parameter skill: the analysed skill.
  /// - Returns: true for scanners, auditors, reviewers and red-team guides.
  /// Computed once per skill: most rules ask it for every file.
  public static func isSecurityTool(_ skill: AnalyzedSkill) -> Bool {
    skill.cache.value(securityToolSlot) { compute(skill) }
  }

  private static func compute(_ skill: AnalyzedSkill) -> Bool {
    var text = skill.name.replacingOccurrences(of: "-", with: " ")
    text += " \n " + skill.bundle.folderName.replacingOccurrences(of: "-", with: " ")
    if let description = skill.frontmatter?.description { text += " \n " + description }
    return declaresSecurityPurpose(text)
  }

  /// Whether free text (a name plus description) declares a security purpose.
  public static func declaresSecurityPurpose(_ text: String) -> Bool {
    phrases.containsMatch(in: TextNormalizer.normalize(Array(text.utf8)).bytes)
  }
}

/// Where a skill's security purpose is cached.
private let securityToolSlot = CacheSlot<Bool>("SecurityPurpose.isSecurityTool")
