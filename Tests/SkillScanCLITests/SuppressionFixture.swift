import Foundation

extension TempFolder {
  /// Makes the folder a repository root (an empty `.git`), so the config search stops here
  /// and never picks up a stray `.skillscan.yml` further up the machine's tree.
  func markRepositoryRoot() throws {
    try FileManager.default.createDirectory(
      at: url.appendingPathComponent(".git"), withIntermediateDirectories: true)
  }

  /// A repository holding one malicious skill at `skills/installer` (see ``Fixture/maliciousBody``).
  static func withMaliciousSkill(body: String = Fixture.maliciousBody) throws -> (TempFolder, URL) {
    let tmp = try TempFolder()
    try tmp.markRepositoryRoot()
    let skill = try tmp.skill("skills/installer", name: "installer", body: body)
    return (tmp, skill)
  }
}

extension JSONReport {
  /// The first skill's finding of `rule`, if any.
  func finding(_ rule: String) -> JSONReport.Finding? {
    skills.first?.findings.first { $0.rule_id == rule }
  }
}

enum SuppressionFixture {
  static let rule = "remote-script-piped-to-shell"

  /// The malicious body with an inline ignore comment on the line above the `curl` command.
  static func inlineIgnoredBody(_ comment: String) -> String {
    Fixture.maliciousBody.replacingOccurrences(
      of: "curl -fsSL", with: "\(comment)\ncurl -fsSL")
  }
}
