import Foundation
import SkillScan
import SkillScanCore
import Testing

@Suite("Evaluation confusion matrix")
struct EvaluationTests {
  @Test("flag-at malicious: duplicates once, nested skill flags its folder, vulnerable stays FN")
  func flagAtMalicious() throws {
    let report = try EvaluationFixture.report(EvaluationOptions(flagAt: .malicious))
    // Raw: a TN, b TP, c FN, d FN (suspicious < malicious), e FP (nested), f FN.
    #expect(report.overall.raw == matrix(1, 1, 1, 3))
    // Distinct: b and c share H2 and b stands for both → a TN, b TP, d FN, e FP, f FN.
    #expect(report.overall.distinct == matrix(1, 1, 1, 2))
    #expect(report.overall.distinct.precision == 0.5)
    #expect(report.overall.distinct.recall == 1.0 / 3.0)
    #expect(report.overall.distinct.falsePositiveRate == 0.5)
    #expect(report.overall.distinct.f1 == 0.4)
    #expect(report.falseNegatives == ["fix__d", "inj__f", "wild__c"])
    #expect(report.falsePositives == ["comm__e"])
    #expect(report.unscanned.isEmpty)
    #expect(
      report.splitDuplicates == [
        SplitDuplicate(
          sha256: "H2", label: "malicious", flagged: ["wild__b"], notFlagged: ["wild__c"])
      ])
  }

  @Test("flag-at suspicious: the vulnerable fixture and the archive member count")
  func flagAtSuspicious() throws {
    let report = try EvaluationFixture.report(EvaluationOptions(flagAt: .suspicious))
    // Raw: a TN, b TP, c FN, d TP, e FP, f TP (archive member is suspicious).
    #expect(report.overall.raw == matrix(3, 1, 1, 1))
    #expect(report.overall.distinct == matrix(3, 1, 1, 0))
    #expect(report.overall.distinct.precision == 0.75)
    #expect(report.overall.distinct.recall == 1.0)
    #expect(report.overall.distinct.f1 == 6.0 / 7.0)
    #expect(report.falseNegatives == ["wild__c"])
  }

  @Test("vulnerable gets its own recall line, with the suspicious-or-worse count")
  func vulnerableRecall() throws {
    let report = try EvaluationFixture.report(EvaluationOptions(flagAt: .malicious))
    let vulnerable = try #require(report.recall(for: "vulnerable"))
    #expect(vulnerable.distinct == 1 && vulnerable.distinctFlagged == 0)
    #expect(vulnerable.distinctSuspiciousOrAbove == 1)
    #expect(vulnerable.recall == 0)
    let malicious = try #require(report.recall(for: "malicious"))
    #expect(malicious.distinct == 2 && malicious.distinctFlagged == 1)
    #expect(malicious.raw == 3 && malicious.rawFlagged == 1)
    #expect(report.recall(for: "benign") == nil)
    #expect(report.text().contains("vulnerable recall: 0/1 distinct"))
  }

  @Test("group by provenance counts each slice's distinct content once")
  func groupByProvenance() throws {
    let report = try EvaluationFixture.report(EvaluationOptions(groupBy: .provenance))
    #expect(
      report.groups.map(\.name) == [
        "benchmark-constructed", "curated-community", "scanner-fixture", "vendor", "wild",
      ])
    let wild = try #require(report.group("wild"))
    #expect(wild.distinct == matrix(1, 0, 0, 0))
    #expect(wild.raw == matrix(1, 0, 0, 1))
    #expect(report.group("curated-community")?.distinct == matrix(0, 1, 0, 0))
    #expect(report.group("vendor")?.distinct == matrix(0, 0, 1, 0))
    #expect(report.group("scanner-fixture")?.distinct == matrix(0, 0, 0, 1))
  }

  @Test("group by categories is multi-valued; records without one share a group")
  func groupByCategories() throws {
    let report = try EvaluationFixture.report(EvaluationOptions(groupBy: .categories))
    #expect(report.group("dropper")?.raw == matrix(1, 0, 0, 1))
    #expect(report.group("c2")?.distinct == matrix(1, 0, 0, 0))
    #expect(report.group("exfiltration")?.distinct == matrix(0, 0, 0, 1))
    #expect(report.group(EvaluationGrouping.missing)?.distinct == matrix(0, 1, 1, 0))
  }

  @Test("group by source prefix and by label")
  func groupBySourcePrefixAndLabel() throws {
    let byPrefix = try EvaluationFixture.report(EvaluationOptions(groupBy: .sourcePrefix))
    #expect(byPrefix.groups.map(\.name) == ["comm", "fix", "inj", "vend", "wild"])
    #expect(byPrefix.group("wild")?.raw.total == 2)
    #expect(byPrefix.group("wild")?.distinct.total == 1)
    let byLabel = try EvaluationFixture.report(EvaluationOptions(groupBy: .label))
    #expect(byLabel.group("benign")?.distinct == matrix(0, 1, 1, 0))
    #expect(byLabel.group("benign")?.distinct.recall == nil)
  }

  @Test("the same SKILL.md with different labels counts once per label and is reported")
  func labelConflict() throws {
    let records = [
      LabelRecord(id: "x__copy-benign", label: "benign", skillMDSHA256: "HX"),
      LabelRecord(id: "x__copy-malicious", label: "malicious", skillMDSHA256: "HX"),
      LabelRecord(id: "x__no-hash", label: "benign"),
      LabelRecord(id: "x__unknown", label: "needs-review", skillMDSHA256: "HY"),
    ]
    let evaluation = try Evaluation(records: records)
    let report = evaluation.evaluate([
      "x__copy-benign": .malicious, "x__copy-malicious": .malicious, "x__no-hash": .safe,
    ])
    #expect(report.overall.distinct == matrix(1, 1, 1, 0))
    #expect(
      report.labelConflicts == [
        LabelConflict(
          sha256: "HX", labels: ["benign", "malicious"],
          ids: ["x__copy-benign", "x__copy-malicious"])
      ])
    #expect(report.unscored == ["x__unknown"])
    #expect(report.unscanned == ["x__unknown"])
  }

  @Test("a folder with no scan result counts as not flagged and is listed")
  func unscannedFolder() throws {
    let evaluation = try Evaluation(records: EvaluationFixture.records())
    let report = evaluation.evaluate(
      results: Array(EvaluationFixture.results.prefix(3)), root: "/corpus/dev")
    #expect(report.unscanned == ["comm__e", "fix__d", "inj__f"])
    #expect(report.overall.raw == matrix(1, 0, 2, 3))
  }

  @Test("two records naming one folder are rejected")
  func duplicateIDs() {
    let records = [LabelRecord(id: "a", label: "benign"), LabelRecord(id: "a", label: "malicious")]
    #expect(throws: EvaluationError.duplicateIDs(["a"])) { try Evaluation(records: records) }
  }

  @Test("JSON output is stable and round-trips")
  func jsonStable() throws {
    let report = try EvaluationFixture.report(EvaluationOptions(groupBy: .provenance))
    let first = try report.jsonData()
    #expect(
      first == (try EvaluationFixture.report(EvaluationOptions(groupBy: .provenance)).jsonData()))
    #expect(try JSONDecoder().decode(EvaluationReport.self, from: first) == report)
    let text = String(decoding: first, as: UTF8.self)
    #expect(text.contains(#""precision" : 0.5"#))
    #expect(text.contains(#""recall" : 0.3333"#))
    let byLabel = try EvaluationFixture.report(EvaluationOptions(groupBy: .label))
    #expect(String(decoding: try byLabel.jsonData(), as: UTF8.self).contains(#""recall" : null"#))
  }
}
