import Foundation
import Testing

/// Config discovery, validation and presets, through the built binary.
@Suite struct ConfigCLITests {
  @Test func suppressionWithoutReasonIsAConfigError() throws {
    let (tmp, skill) = try TempFolder.withMaliciousSkill()
    try tmp.write(".skillscan.yml", "suppress:\n  - rule: remote-script-piped-to-shell\n    path: \"installer/**\"\n")
    let result = try CLIRunner.run(["scan", skill.path], cwd: tmp.url)
    #expect(result.status == 2)
    #expect(result.stderr.contains(".skillscan.yml:2"))
    #expect(result.stderr.contains("'reason' is required"))
    #expect(result.stdout.isEmpty)
  }

  @Test(arguments: [
    ("fail_on: malicious\n", "unknown key 'fail_on'"),
    ("rules:\n  disabled: [x]\n", "unknown key 'disabled' in rules"),
    ("suppress:\n  - rule: x\n    reason: y\n    until: 2030-01-01\n", "unknown key 'until' in suppress[0]"),
    ("preset: paranoid\n", "preset: 'paranoid'"),
    ("fail-on: sometimes\n", "fail-on: 'sometimes'"),
    ("suppress:\n  - rule: x\n    reason: y\n    expires: next year\n", "not a YYYY-MM-DD date"),
  ])
  func invalidConfigNamesTheProblemAndExitsTwo(config: String, message: String) throws {
    let (tmp, skill) = try TempFolder.withMaliciousSkill()
    try tmp.write(".skillscan.yml", config)
    let result = try CLIRunner.run(["scan", skill.path], cwd: tmp.url)
    #expect(result.status == 2, "\(config)")
    #expect(result.stderr.contains(message), "\(result.stderr)")
  }

  @Test func unknownRuleIDsAreWarningsNotErrors() throws {
    let tmp = try TempFolder()
    try tmp.markRepositoryRoot()
    let skill = try tmp.skill("skills/changelog", name: "changelog")
    try tmp.write(".skillscan.yml", "rules:\n  disable: [no-such-rule]\n  severity: { also-missing: low }\n")
    let result = try CLIRunner.run(["scan", skill.path, "--format", "json"], cwd: tmp.url)
    #expect(result.status == 0)
    #expect(result.stderr.contains("warning") && result.stderr.contains("unknown rule ID 'no-such-rule'"))
    #expect(result.stderr.contains("unknown rule ID 'also-missing'"))
  }

  @Test func explicitConfigReplacesDiscovery() throws {
    let (tmp, skill) = try TempFolder.withMaliciousSkill()
    try tmp.write(".skillscan.yml", "fail-on: none\n")
    let strict = try tmp.write("ci/strict.yml", "preset: strict\n")
    #expect(try CLIRunner.run(["scan", skill.path], cwd: tmp.url).status == 0, "found config: fail-on none")
    #expect(try CLIRunner.run(["scan", skill.path, "--config", strict.path], cwd: tmp.url).status == 1)
    let missing = try CLIRunner.run(["scan", skill.path, "--config", "nope.yml"], cwd: tmp.url)
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("nope.yml"))
  }

  @Test func configInsideTheScannedSkillIsIgnored() throws {
    let (tmp, skill) = try TempFolder.withMaliciousSkill()
    try tmp.write("skills/installer/.skillscan.yml", "fail-on: none\nallow:\n  paths: [\"**\"]\n")
    let result = try CLIRunner.run(["scan", skill.path, "--format", "json"], cwd: tmp.url)
    #expect(result.status == 1, "the skill cannot configure its own scan")
    #expect(try JSONReport.decode(result.stdoutData).finding(SuppressionFixture.rule)?.suppression == nil)
    #expect(result.stderr.contains("ignoring") && result.stderr.contains("--config"))
  }

  @Test func searchStopsAtTheRepositoryRoot() throws {
    let outer = try TempFolder()
    try outer.write(".skillscan.yml", "fail-on: none\n")
    try outer.markRepositoryRoot()
    let inner = outer.url.appendingPathComponent("vendor/repo")
    try FileManager.default.createDirectory(at: inner.appendingPathComponent(".git"), withIntermediateDirectories: true)
    let skill = try outer.skill("vendor/repo/skills/installer", name: "installer", body: Fixture.maliciousBody)
    #expect(try CLIRunner.run(["scan", skill.path], cwd: outer.url).status == 1, "outer config is beyond the inner repository root")
    let direct = try outer.skill("skills/installer", name: "installer", body: Fixture.maliciousBody)
    #expect(try CLIRunner.run(["scan", direct.path], cwd: outer.url).status == 0)
  }

  @Test func presetsChangeTheThresholdAndFlagsWin() throws {
    // A symlink out of the skill is a high integrity finding: suspicious, not malicious.
    let tmp = try TempFolder()
    try tmp.markRepositoryRoot()
    let skill = try tmp.skill("skills/linked", name: "linked")
    try FileManager.default.createSymbolicLink(
      atPath: skill.appendingPathComponent("notes.txt").path, withDestinationPath: "/etc/hostname")
    #expect(try CLIRunner.run(["scan", skill.path], cwd: tmp.url).status == 0, "balanced fails on malicious")
    #expect(try CLIRunner.run(["scan", skill.path, "--preset", "strict"], cwd: tmp.url).status == 1)
    try tmp.write(".skillscan.yml", "preset: strict\n")
    #expect(try CLIRunner.run(["scan", skill.path], cwd: tmp.url).status == 1, "strict from the config")
    #expect(try CLIRunner.run(["scan", skill.path, "--fail-on", "malicious"], cwd: tmp.url).status == 0, "flag wins")
    #expect(try CLIRunner.run(["scan", skill.path, "--preset", "permissive"], cwd: tmp.url).status == 0, "--preset wins")
  }

  @Test func strictPresetIgnoresInlineIgnoresEvenForMinorFindings() throws {
    let body = SuppressionFixture.inlineIgnoredBody("# skillscan-ignore remote-script-piped-to-shell: reviewed")
    let (tmp, skill) = try TempFolder.withMaliciousSkill(body: body)
    try tmp.write(".skillscan.yml", "preset: strict\nrules:\n  severity: { remote-script-piped-to-shell: medium }\n")
    let result = try CLIRunner.run(["scan", skill.path, "--format", "json"], cwd: tmp.url)
    let report = try JSONReport.decode(result.stdoutData)
    let finding = try #require(report.finding(SuppressionFixture.rule))
    #expect(finding.severity == "medium", "severity override applied before the verdict")
    #expect(finding.suppression == nil)
    #expect(report.finding("inline-ignore-refused")?.message.contains("off") == true)
    #expect(report.skills.first?.verdict != "malicious", "a medium chain finding no longer decides malicious")
  }

  @Test func permissivePresetHidesLowFindingsFromTextOnly() throws {
    let body = SuppressionFixture.inlineIgnoredBody("# skillscan-ignore remote-script-piped-to-shell")
    let (tmp, skill) = try TempFolder.withMaliciousSkill(body: body)
    let balanced = try CLIRunner.run(["scan", skill.path, "--color", "never"], cwd: tmp.url)
    #expect(balanced.stdout.contains("inline-ignore-without-reason"))
    let permissive = try CLIRunner.run(["scan", skill.path, "--color", "never", "--preset", "permissive"], cwd: tmp.url)
    #expect(!permissive.stdout.contains("inline-ignore-without-reason"))
    #expect(permissive.stdout.contains(SuppressionFixture.rule))
    let json = try CLIRunner.run(["scan", skill.path, "--format", "json", "--preset", "permissive"], cwd: tmp.url)
    #expect(try JSONReport.decode(json.stdoutData).finding("inline-ignore-without-reason") != nil)
  }

  @Test func configDisablesAndSeverityOverridesChangeTheVerdict() throws {
    let (tmp, skill) = try TempFolder.withMaliciousSkill()
    try tmp.write(".skillscan.yml", "rules:\n  disable: [remote-script-piped-to-shell]\n")
    let result = try CLIRunner.run(["scan", skill.path, "--format", "json"], cwd: tmp.url)
    #expect(try JSONReport.decode(result.stdoutData).finding(SuppressionFixture.rule) == nil)
    #expect(result.status == 0)
    let enabled = try CLIRunner.run(
      ["scan", skill.path, "--format", "json", "--enable", "remote-script-piped-to-shell"], cwd: tmp.url)
    #expect(try JSONReport.decode(enabled.stdoutData).finding(SuppressionFixture.rule) != nil, "--enable wins")
    #expect(enabled.status == 1)
  }
}
