import Foundation
import SkillScanCore

/// Maps one skill's verdict and findings to SARIF results.
///
/// Locations are `%SRCROOT%`-relative URIs of real files in the repository: a finding inside
/// an archive points at the archive (GitHub cannot open members) and names the member in a
/// logical location and in the message. Lines of 0 mean "the whole file", so no region.
struct SARIFResultBuilder {
  let skill: SkillResult
  let paths: ReportPaths
  private let skillPath: String

  init(skill: SkillResult, paths: ReportPaths) {
    self.skill = skill
    self.paths = paths
    self.skillPath = paths.relative(skill.path)
  }

  /// A result for a finding.
  func result(_ finding: Finding, fingerprint: String, ruleIndex: Int) -> SARIF.Result {
    let file = finding.file.isEmpty && skill.skillMDSHA256 != nil ? "SKILL.md" : finding.file
    let line = finding.file.isEmpty ? 0 : finding.line
    let (location, member) = location(file: file, line: line, column: finding.column, snippet: finding.snippet)
    var text = finding.message
    if let member { text = "In \(member)\(line > 0 ? ":\(line)" : ""): \(text)" }
    let suppressions = finding.suppression.map {
      [SARIF.Suppression(kind: SARIFMapping.suppressionKind($0.kind), justification: $0.reason)]
    }
    return SARIF.Result(
      ruleId: finding.ruleID.rawValue, ruleIndex: ruleIndex, level: SARIFMapping.level(finding.severity),
      message: SARIF.Message(text: text), locations: [location],
      partialFingerprints: [SARIFMapping.fingerprintKey: fingerprint],
      properties: SARIF.ResultProperties(
        skill: skillPath, skillName: skill.name, verdict: skill.verdict.rawValue, score: skill.score,
        severity: finding.severity.rawValue, confidence: finding.confidence.rawValue,
        context: finding.context.rawValue, polarity: finding.polarity.rawValue,
        reachability: finding.reachability.rawValue, chain: finding.chain?.rawValue),
      suppressions: suppressions)
  }

  /// The alert a GitHub user sees for a flagged skill: on line 1 of its `SKILL.md`.
  func verdictResult(ruleID: RuleID, ruleIndex: Int, severity: Severity) -> SARIF.Result {
    let hasSkillFile = skill.skillMDSHA256 != nil
    let (location, _) = location(file: hasSkillFile ? "SKILL.md" : "", line: hasSkillFile ? 1 : 0, column: 0, snippet: "")
    let name = skill.name.isEmpty ? skillPath : skill.name
    var text = "Skill '\(name)' is \(skill.verdict.rawValue.uppercased()) (score \(skill.score)/100)."
    if !skill.reasons.isEmpty {
      text += " Reasons: " + skill.reasons.prefix(5).joined(separator: "; ")
      if skill.reasons.count > 5 { text += "; (+\(skill.reasons.count - 5) more)" }
    }
    // The verdict's identity is the skill and its verdict, hashed like a finding's evidence.
    let identity = Finding(
      ruleID: ruleID, pattern: .integrity, severity: severity, confidence: .high,
      message: "\(skill.verdict.rawValue) \(skill.name)", file: "SKILL.md")
    return SARIF.Result(
      ruleId: ruleID.rawValue, ruleIndex: ruleIndex, level: SARIFMapping.level(severity),
      message: SARIF.Message(text: text), locations: [location],
      partialFingerprints: [SARIFMapping.fingerprintKey: identity.evidenceHash + ":1"],
      properties: SARIF.ResultProperties(
        skill: skillPath, skillName: skill.name, verdict: skill.verdict.rawValue, score: skill.score,
        severity: severity.rawValue),
      suppressions: nil)
  }

  private func location(file: String, line: Int, column: Int, snippet: String) -> (SARIF.Location, String?) {
    let place = paths.location(skillPath: skill.path, file: file)
    let uri = Self.encode(place.path)
    let artifact =
      place.isRelative
      ? SARIF.ArtifactLocation(uri: uri, uriBaseId: "%SRCROOT%")
      : SARIF.ArtifactLocation(uri: "file://" + uri, uriBaseId: nil)
    var region: SARIF.Region?
    if line > 0 && place.member == nil {
      region = SARIF.Region(
        startLine: line, startColumn: column > 0 ? column : nil,
        snippet: snippet.isEmpty ? nil : SARIF.Snippet(text: snippet))
    }
    let logical = place.member.map { [SARIF.LogicalLocation(fullyQualifiedName: $0, kind: "member")] }
    let location = SARIF.Location(
      physicalLocation: SARIF.PhysicalLocation(artifactLocation: artifact, region: region),
      logicalLocations: logical)
    return (location, place.member)
  }

  /// Percent-encodes what a URI path may not hold (spaces, `#`, `?`, `%`, non-ASCII).
  static func encode(_ path: String) -> String {
    var allowed = CharacterSet.urlPathAllowed
    allowed.remove(charactersIn: "%;")
    return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
  }
}
