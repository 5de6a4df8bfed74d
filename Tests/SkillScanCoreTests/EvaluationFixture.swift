import Foundation
import SkillScan
import SkillScanCore

/// A handmade labels file and scan results whose confusion matrices are counted by hand in
/// the tests. Root of the labelled folders: `/corpus/dev`.
///
/// | id         | label      | sha | provenance            | folder results (verdict)                     |
/// |------------|------------|-----|-----------------------|----------------------------------------------|
/// | vend__a    | benign     | H1  | vendor                | a: safe                                      |
/// | wild__b    | malicious  | H2  | wild                  | b: malicious                                 |
/// | wild__c    | malicious  | H2  | wild (dup of b)       | c: safe                                      |
/// | fix__d     | vulnerable | H3  | scanner-fixture       | d: suspicious                                |
/// | comm__e    | benign     | H4  | curated-community     | e: safe, e/tools/inner (nested): malicious   |
/// | inj__f     | malicious  | H5  | benchmark-constructed | f: safe, f/Archive.zip!/payload: suspicious  |
enum EvaluationFixture {
  static let root = "/corpus/dev"

  static let labelsJSONL = """
    {"id": "vend__a", "label": "benign", "provenance": "vendor", "source": "vendor/skills", "confidence": "high", "skill_md_sha256": "H1", "categories": [], "license": "MIT"}
    {"id": "wild__b", "label": "malicious", "provenance": "wild", "source": "mirror/wild", "confidence": "medium", "skill_md_sha256": "H2", "categories": ["dropper", "c2"], "label_basis": "reported IOC"}

    {"id": "wild__c", "label": "malicious", "provenance": "wild", "source": "mirror/wild", "confidence": "medium", "skill_md_sha256": "H2", "exact_dup_of": "wild__b", "categories": ["dropper", "c2"]}
    {"id": "fix__d", "label": "vulnerable", "provenance": "scanner-fixture", "source": "vendor/fixtures", "confidence": "high", "skill_md_sha256": "H3", "categories": ["over-privilege"], "expected": {"severity": "LOW"}}
    {"id": "comm__e", "label": "benign", "provenance": "curated-community", "source": "community/skills", "confidence": "medium", "skill_md_sha256": "H4", "categories": []}
    {"id": "inj__f", "label": "malicious", "provenance": "benchmark-constructed", "source": "bench/inject", "confidence": "high", "skill_md_sha256": "H5", "injection_id": 12, "categories": ["exfiltration"]}
    """

  static func records() throws -> [LabelRecord] {
    try LabelRecord.parseJSONLines(Data(labelsJSONL.utf8))
  }

  static let results: [SkillResult] = [
    result("/corpus/dev/vend__a", .safe),
    result("/corpus/dev/wild__b", .malicious),
    result("/corpus/dev/wild__c", .safe),
    result("/corpus/dev/fix__d", .suspicious),
    result("/corpus/dev/comm__e", .safe),
    result("/corpus/dev/comm__e/tools/inner", .malicious),
    result("/corpus/dev/inj__f", .safe),
    result("/corpus/dev/inj__f/Archive.zip!/payload", .suspicious),
  ]

  static func result(_ path: String, _ verdict: Verdict) -> SkillResult {
    SkillResult(
      path: path, name: path.split(separator: "/").last.map(String.init) ?? "", verdict: verdict,
      score: 0, reasons: [], findings: [], filesScanned: 1, bytesScanned: 0, errors: [])
  }

  static func report(_ options: EvaluationOptions) throws -> EvaluationReport {
    try Evaluation(records: records(), options: options).evaluate(results: results, root: root)
  }
}

/// Builds a matrix for `#expect` comparisons in TP, FP, TN, FN order.
func matrix(_ tp: Int, _ fp: Int, _ tn: Int, _ fn: Int) -> ConfusionMatrix {
  ConfusionMatrix(truePositives: tp, falsePositives: fp, trueNegatives: tn, falseNegatives: fn)
}
