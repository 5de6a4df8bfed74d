import Foundation
import SkillScan
import SkillScanCore
import SkillScanRules
import SkillScanTestSupport
import Testing

/// Guards the registry: identity, documentation and examples of every rule (style.md §4).
@Suite("Rule metadata")
struct RuleMetadataTests {
  @Test("Rule IDs and deprecated aliases are unique and valid")
  func idsAreUniqueAndValid() {
    var seen: [RuleID: String] = [:]
    for type in BuiltInRules.all {
      let d = type.description
      for id in [d.id] + d.deprecatedAliases {
        #expect(id.isValid, "rule ID '\(id)' of \(type) is not a valid kebab-case slug")
        if let other = seen[id] {
          Issue.record("rule ID '\(id)' is used by both \(other) and \(type)")
        }
        seen[id] = "\(type)"
      }
    }
  }

  @Test("Every rule has examples and documentation", arguments: RuleCase.all)
  func documented(_ rule: RuleCase) {
    let d = rule.rule
    #expect(!d.triggeringExamples.isEmpty, "\(d.id) has no triggering example")
    #expect(!d.nonTriggeringExamples.isEmpty, "\(d.id) has no non-triggering example")
    #expect(!d.name.isEmpty, "\(d.id) has no name")
    #expect(!d.summary.isEmpty, "\(d.id) has no summary")
    #expect(!d.rationale.isEmpty, "\(d.id) has no rationale")
    #expect(!d.remediation.isEmpty, "\(d.id) has no remediation")
    #expect(!d.references.isEmpty, "\(d.id) has no references")
    #expect(PatternID.allCases.contains(d.pattern))
    for keyword in d.keywords {
      #expect(keyword == keyword.lowercased() && !keyword.isEmpty, "\(d.id) keyword '\(keyword)' must be lower-case")
    }
  }

  @Test("Every *Rule.swift file is registered")
  func everyRuleFileIsRegistered() throws {
    let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    let rulesFolder = tests.deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Sources/SkillScanRules")
    let enumerator = try #require(FileManager.default.enumerator(atPath: rulesFolder.path))
    let ruleFiles = enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix("Rule.swift") }.sorted()
    let registered = BuiltInRules.all.map { "\($0)" }.sorted()
    #expect(
      ruleFiles.count == BuiltInRules.all.count,
      "rule files \(ruleFiles.map { ($0 as NSString).lastPathComponent }) vs registered \(registered)")
    for file in ruleFiles {
      let typeName = (file as NSString).lastPathComponent.replacingOccurrences(of: ".swift", with: "")
      #expect(registered.contains(typeName), "\(file) declares a rule that BuiltInRules.all does not list")
    }
  }

  @Test("Judging the same skill twice gives identical findings")
  func deterministic() {
    let bundle = DeterminismFixture.bundle
    let scanner = Scanner(configuration: ScanConfiguration(jobs: 1))
    let first = scanner.judge(bundle)
    let second = scanner.judge(bundle)
    #expect(first.findings == second.findings)
    #expect(first.verdict == second.verdict && first.score == second.score)
    #expect(!first.findings.isEmpty, "the fixture should exercise several rules")
  }

  @Test("Taxonomy coverage (informational until detection work lands)")
  func coverage() {
    let covered = Set(BuiltInRules.all.map { $0.description.pattern })
    let missing = PatternID.allCases.filter { !covered.contains($0) }
    print("Patterns without a rule yet (\(missing.count)/\(PatternID.allCases.count)): "
      + missing.map(\.rawValue).joined(separator: ", "))
  }
}
