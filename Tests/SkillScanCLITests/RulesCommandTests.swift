import Foundation
import SkillScan
import SkillScanCore
import Testing

@Suite struct RulesCommandTests {
  @Test func listingCoversTheWholeCatalogOnce() throws {
    let result = try CLIRunner.run(["rules", "--format", "json"])
    #expect(result.status == 0)
    let entries = try JSONSerialization.jsonObject(with: result.stdoutData) as? [[String: Any]] ?? []
    let ids = entries.compactMap { $0["id"] as? String }
    #expect(ids == RuleCatalog.all.map(\.id.rawValue))
    #expect(Set(ids).count == ids.count)
    for id in ["remote-script-piped-to-shell", "symlink-escape", "shadowed-skill"] {
      #expect(ids.contains(id), "\(id) missing: rules, loader checks and discovery checks are all listed")
    }
    let text = try CLIRunner.run(["rules"]).stdout
    let line = text.split(separator: "\n").first { $0.hasPrefix("remote-script-piped-to-shell ") }
    #expect(line?.contains("SC2") == true && line?.contains("high") == true)
  }

  @Test func explainPrintsEverythingTheDescriptionHolds() throws {
    let id = "remote-script-piped-to-shell"
    let result = try CLIRunner.run(["rules", "explain", id])
    #expect(result.status == 0)
    guard let rule = RuleCatalog.description(of: .init(rawValue: id)) else {
      Issue.record("\(id) not in catalog")
      return
    }
    let out = result.stdout
    #expect(out.hasPrefix("\(id) — \(rule.name)"))
    #expect(out.contains("pattern:    \(rule.pattern.rawValue) (\(rule.pattern.title))"))
    #expect(out.contains("category:   \(rule.pattern.category.rawValue)"))
    #expect(out.contains("severity:   \(rule.severity.rawValue)"))
    #expect(out.contains("confidence: \(rule.confidence.rawValue)"))
    for section in ["Summary", "Rationale", "Remediation", "References", "Triggering examples", "Non-triggering examples"] {
      #expect(out.contains("\n\(section)"), "missing \(section)")
    }
    for reference in rule.references { #expect(out.contains(reference.description)) }
    if let first = rule.triggeringExamples.first?.text.split(separator: "\n").first {
      #expect(out.contains(first))
    }
  }

  @Test func explainWorksForLoaderChecks() throws {
    let result = try CLIRunner.run(["rules", "explain", "symlink-escape"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("INTEGRITY"))
  }

  @Test func explainingAnUnknownRuleExitsTwo() throws {
    let result = try CLIRunner.run(["rules", "explain", "no-such-rule"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("no-such-rule"))
    #expect(result.stdout.isEmpty)
  }

  @Test func markdownListingLinksEveryRule() throws {
    let result = try CLIRunner.run(["rules", "--format", "markdown"])
    #expect(result.status == 0)
    for rule in RuleCatalog.all {
      #expect(result.stdout.contains("\n## \(rule.id)\n"), "\(rule.id)")
    }
  }
}
