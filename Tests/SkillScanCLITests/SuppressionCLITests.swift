import Foundation
import Testing

/// Each kind of suppression on a skill that is malicious without it: the finding stays listed
/// with its `suppression`, the verdict and exit code are computed without it.
@Suite struct SuppressionCLITests {
  let rule = SuppressionFixture.rule

  @Test func unsuppressedFixtureIsMalicious() throws {
    let (tmp, skill) = try TempFolder.withMaliciousSkill()
    let result = try CLIRunner.run(["scan", skill.path, "--format", "json"], cwd: tmp.url)
    let report = try JSONReport.decode(result.stdoutData)
    #expect(report.skills.first?.verdict == "malicious")
    #expect(report.finding(rule)?.suppression == nil)
    #expect(result.status == 1)
  }

  @Test func scopedConfigSuppressionKeepsTheFindingButNotItsWeight() throws {
    let (tmp, skill) = try TempFolder.withMaliciousSkill()
    try tmp.write(".skillscan.yml", """
      suppress:
        - rule: \(rule)
          path: "installer/SKILL.md"
          reason: "vendor installer, checksum pinned upstream"
          expires: 2999-12-31
      """)
    let result = try CLIRunner.run(["scan", skill.path, "--format", "json"], cwd: tmp.url)
    let report = try JSONReport.decode(result.stdoutData)
    let finding = try #require(report.finding(rule))
    #expect(finding.line == Fixture.maliciousLine)
    #expect(finding.suppression?.kind == "config")
    #expect(finding.suppression?.reason == "vendor installer, checksum pinned upstream")
    #expect(finding.suppression?.expires == "2999-12-31")
    #expect(finding.suppression?.source == ".skillscan.yml:2")
    #expect(report.skills.first?.verdict == "safe")
    #expect(report.skills.first?.score == 0)
    #expect(result.status == 0)
    #expect(try SchemaValidator.errors(in: result.stdoutData).isEmpty)
  }

  @Test func configSuppressionScopedToAnotherPathDoesNotApply() throws {
    let (tmp, skill) = try TempFolder.withMaliciousSkill()
    try tmp.write(".skillscan.yml", """
      suppress:
        - rule: \(rule)
          path: "other-skill/**"
          reason: "only the other skill"
      """)
    let result = try CLIRunner.run(["scan", skill.path, "--format", "json"], cwd: tmp.url)
    #expect(try JSONReport.decode(result.stdoutData).finding(rule)?.suppression == nil)
    #expect(result.status == 1)
  }

  @Test func expiredConfigSuppressionCountsAgainWithANote() throws {
    let (tmp, skill) = try TempFolder.withMaliciousSkill()
    try tmp.write(".skillscan.yml", """
      suppress:
        - rule: \(rule)
          reason: "temporary exception"
          expires: 2000-01-31
      """)
    let result = try CLIRunner.run(["scan", skill.path, "--format", "json"], cwd: tmp.url)
    let report = try JSONReport.decode(result.stdoutData)
    #expect(report.finding(rule)?.suppression == nil)
    let note = try #require(report.finding("suppression-expired"))
    #expect(note.severity == "info")
    #expect(note.line == Fixture.maliciousLine)
    #expect(note.message.contains("expired on 2000-01-31"))
    #expect(result.stderr.contains("expired on 2000-01-31"))
    #expect(report.skills.first?.verdict == "malicious")
    #expect(result.status == 1)
  }

  @Test func inlineIgnoreIsRefusedForAChainByDefault() throws {
    let body = SuppressionFixture.inlineIgnoredBody("# skillscan-ignore \(rule): vendor installer")
    let (tmp, skill) = try TempFolder.withMaliciousSkill(body: body)
    let result = try CLIRunner.run(["scan", skill.path, "--format", "json"], cwd: tmp.url)
    let report = try JSONReport.decode(result.stdoutData)
    #expect(report.finding(rule)?.suppression == nil)
    let refused = try #require(report.finding("inline-ignore-refused"))
    #expect(refused.line == Fixture.maliciousLine)
    #expect(refused.message.contains("chain"))
    #expect(report.skills.first?.verdict == "malicious")
    #expect(result.status == 1)
  }

  @Test func inlineIgnoreSuppressesWhenTheRepositoryTrustsInlineIgnores() throws {
    let body = SuppressionFixture.inlineIgnoredBody("# skillscan-ignore \(rule), hardcoded-secret: vendor installer")
    let (tmp, skill) = try TempFolder.withMaliciousSkill(body: body)
    try tmp.write(".skillscan.yml", "inline-ignores: all\n")
    let result = try CLIRunner.run(["scan", skill.path, "--format", "json"], cwd: tmp.url)
    let report = try JSONReport.decode(result.stdoutData)
    let finding = try #require(report.finding(rule))
    #expect(finding.line == Fixture.maliciousLine + 1)
    #expect(finding.suppression?.kind == "inline")
    #expect(finding.suppression?.reason == "vendor installer")
    #expect(finding.suppression?.source == "SKILL.md:\(Fixture.maliciousLine)")
    #expect(report.skills.first?.verdict == "safe")
    #expect(result.status == 0)
  }

  @Test func inlineIgnoreWithoutReasonSuppressesNothingAndIsReported() throws {
    let body = SuppressionFixture.inlineIgnoredBody("# skillscan-ignore \(rule)")
    let (tmp, skill) = try TempFolder.withMaliciousSkill(body: body)
    try tmp.write(".skillscan.yml", "inline-ignores: all\n")
    let result = try CLIRunner.run(["scan", skill.path, "--format", "json"], cwd: tmp.url)
    let report = try JSONReport.decode(result.stdoutData)
    #expect(report.finding(rule)?.suppression == nil)
    let note = try #require(report.finding("inline-ignore-without-reason"))
    #expect(note.severity == "low")
    #expect(note.line == Fixture.maliciousLine)
    #expect(result.status == 1)
  }

  @Test func baselineSuppressesAndSurvivesLinesInsertedAbove() throws {
    let (tmp, skill) = try TempFolder.withMaliciousSkill()
    let baseline = tmp.url.appendingPathComponent("baseline.json").path
    let made = try CLIRunner.run(["baseline", skill.path, "--output", baseline], cwd: tmp.url)
    #expect(made.status == 0, "\(made.stderr)")
    let written = try String(contentsOfFile: baseline, encoding: .utf8)
    #expect(written.contains("\"rule_id\" : \"\(rule)\""))
    #expect(written.contains("\"skill\" : \"installer\""))
    #expect(!written.contains(tmp.url.path), "no absolute paths in the baseline")

    // Three lines above the finding, and the repository moved: still the same finding.
    let moved = try TempFolder()
    try moved.markRepositoryRoot()
    let shifted = "# Notes\n\nThese lines move the finding down.\n" + Fixture.maliciousBody
    let copy = try moved.skill("elsewhere/installer", name: "installer", body: shifted)
    let result = try CLIRunner.run(["scan", copy.path, "--baseline", baseline, "--format", "json"], cwd: moved.url)
    let report = try JSONReport.decode(result.stdoutData)
    let finding = try #require(report.finding(rule))
    #expect(finding.line == Fixture.maliciousLine + 3)
    #expect(finding.suppression?.kind == "baseline")
    #expect(report.skills.first?.verdict == "safe")
    #expect(result.status == 0)

    // New evidence is not in the baseline.
    let changed = try moved.skill("changed/installer", name: "installer",
      body: Fixture.maliciousBody.replacingOccurrences(of: "install.sh", with: "other.sh"))
    let fresh = try CLIRunner.run(["scan", changed.path, "--baseline", baseline, "--format", "json"], cwd: moved.url)
    #expect(try JSONReport.decode(fresh.stdoutData).finding(rule)?.suppression == nil)
    #expect(fresh.status == 1)
  }

  @Test func baselineOutputIsDeterministic() throws {
    let (tmp, skill) = try TempFolder.withMaliciousSkill()
    try tmp.skill("skills/second", name: "second", body: Fixture.maliciousBody)
    let first = try CLIRunner.run(["baseline", tmp.url.appendingPathComponent("skills").path, "--output", "-"], cwd: tmp.url)
    let again = try CLIRunner.run(["baseline", tmp.url.appendingPathComponent("skills").path, "--output", "-", "--jobs", "1"], cwd: tmp.url)
    #expect(first.status == 0)
    #expect(first.stdout == again.stdout)
    #expect(first.stdout.range(of: "\"installer\"")?.lowerBound ?? first.stdout.endIndex
      < first.stdout.range(of: "\"second\"")?.lowerBound ?? first.stdout.startIndex)
    _ = skill
  }

  @Test func allowListedDomainSuppressesFindingsWhoseURLsAllMatch() throws {
    let (tmp, skill) = try TempFolder.withMaliciousSkill()
    try tmp.write(".skillscan.yml", "allow:\n  domains: [example.invalid]\n")
    let result = try CLIRunner.run(["scan", skill.path, "--format", "json"], cwd: tmp.url)
    let finding = try #require(try JSONReport.decode(result.stdoutData).finding(rule))
    #expect(finding.suppression?.kind == "config")
    #expect(finding.suppression?.reason == "allow-listed domain example.invalid")
    #expect(result.status == 0)

    try tmp.write(".skillscan.yml", "allow:\n  domains: [example.com]\n")
    let other = try CLIRunner.run(["scan", skill.path, "--format", "json"], cwd: tmp.url)
    #expect(try JSONReport.decode(other.stdoutData).finding(rule)?.suppression == nil)
    #expect(other.status == 1)
  }

  @Test func allowListedPathSuppressesFindingsInMatchingFiles() throws {
    let (tmp, skill) = try TempFolder.withMaliciousSkill()
    try tmp.write(".skillscan.yml", "allow:\n  paths: [\"**/installer/SKILL.md\"]\n")
    let result = try CLIRunner.run(["scan", skill.path, "--format", "json"], cwd: tmp.url)
    let finding = try #require(try JSONReport.decode(result.stdoutData).finding(rule))
    #expect(finding.suppression?.reason == "allow-listed path **/installer/SKILL.md")
    #expect(result.status == 0)
  }
}
