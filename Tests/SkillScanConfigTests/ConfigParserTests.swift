import SkillScan
import SkillScanCore
import Testing

@Suite struct ConfigParserTests {
  static let full = """
    preset: permissive
    fail-on: high
    inline-ignores: off
    rules:
      disable: [unpinned-dependency]
      enable: []
      severity: { hardcoded-secret: low }
    allow:
      domains: [Example.COM.]
      paths: ["**/tests/**"]
    suppress:
      - rule: hardcoded-secret
        path: "my-skill/scripts/*.py"
        reason: "test key, revoked"
        expires: 2026-12-31
      - path: "legacy/**"
        reason: legacy code, being removed
    """

  @Test func readsEverySection() throws {
    let (config, warnings) = try ConfigParser().parse(Self.full, file: "cfg/.skillscan.yml")
    #expect(warnings.isEmpty)
    #expect(config.preset == .permissive)
    #expect(config.failOn == "high")
    #expect(config.inlineIgnores == .off)
    #expect(config.disabledRules == ["unpinned-dependency"])
    #expect(config.severityOverrides == ["hardcoded-secret": .low])
    #expect(config.allowedDomains == ["example.com"])
    #expect(config.allowedPaths == ["**/tests/**"])
    #expect(config.suppressions.count == 2)
    #expect(config.suppressions[0].rule == "hardcoded-secret")
    #expect(config.suppressions[0].expires == "2026-12-31")
    #expect(config.suppressions[0].line == 12)
    #expect(config.suppressions[1].rule == nil)
    #expect(config.suppressions[1].reason == "legacy code, being removed")
    #expect(config.directory == "cfg")
  }

  @Test func emptyFileIsTheDefaults() throws {
    let (config, _) = try ConfigParser().parse("# nothing yet\n", file: ".skillscan.yml")
    #expect(config == SkillScanConfig(file: ".skillscan.yml"))
  }

  @Test func unknownKeyIsAnErrorWithItsLine() {
    #expect(throws: ConfigError(file: "f", line: 3, message: "unknown key 'domain' in allow (expected one of: domains, paths)")) {
      try ConfigParser().parse("preset: strict\nallow:\n  domain: [x]\n", file: "f")
    }
  }

  @Test func expiryIsComparedByDate() {
    let entry = ConfigSuppression(rule: "x", path: nil, reason: "r", expires: "2026-03-01")
    #expect(!entry.isExpired(today: "2026-03-01"), "the expiry day itself still applies")
    #expect(entry.isExpired(today: "2026-03-02"))
  }

  @Test func presetsAreDataAndFlagsWin() {
    var config = SkillScanConfig()
    config.preset = .strict
    config.disabledRules = ["unpinned-dependency"]
    let strict = SkillPolicy(config: config, today: "2026-01-01")
    #expect(strict.failOn == "suspicious")
    #expect(strict.inlineIgnores == .off)
    #expect(!strict.runs("unpinned-dependency"))
    let flagged = SkillPolicy(
      config: config, overrides: PolicyOverrides(preset: .permissive, failOn: "none", enabledRules: ["unpinned-dependency"]),
      today: "2026-01-01")
    #expect(flagged.failOn == "none")
    #expect(flagged.textMinimumSeverity == .medium)
    #expect(flagged.runs("unpinned-dependency"))
  }
}
