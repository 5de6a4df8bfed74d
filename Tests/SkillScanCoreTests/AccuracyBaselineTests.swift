import Foundation
import SkillScan
import SkillScanCore
import Testing

@Suite("Accuracy baseline gate")
struct AccuracyBaselineTests {
  /// Overall distinct at flag-at malicious: precision 0.5, recall 0.3333, FPR 0.5.
  func report() throws -> EvaluationReport {
    try EvaluationFixture.report(EvaluationOptions(flagAt: .malicious))
  }

  func baseline(_ json: String) throws -> AccuracyBaseline {
    try JSONDecoder().decode(AccuracyBaseline.self, from: Data(json.utf8))
  }

  @Test("bounds that the run meets pass")
  func boundsPass() throws {
    let gate = try baseline(#"{"precision_min": 0.5, "recall_min": 0.3, "fpr_max": 0.5}"#)
    #expect(gate.regressions(in: try report()).isEmpty)
  }

  @Test("each worse metric is named")
  func boundsFail() throws {
    let gate = try baseline(#"{"precision_min": 0.6, "recall_min": 0.34, "fpr_max": 0.4}"#)
    let problems = gate.regressions(in: try report())
    #expect(problems.count == 3)
    #expect(problems[0].hasPrefix("precision 0.5000 is below"))
    #expect(problems[1].hasPrefix("recall 0.3333 is below"))
    #expect(problems[2].hasPrefix("FPR 0.5000 is above"))
  }

  @Test("a recorded run copied from JSON output passes; tolerance widens it")
  func recordedRun() throws {
    let exact = try baseline(
      #"{"precision": 0.5, "recall": 0.3333, "fpr": 0.5, "flag_at": "malicious"}"#)
    #expect(exact.regressions(in: try report()).isEmpty)
    let better = try baseline(#"{"precision": 0.55, "recall": 0.3333, "fpr": 0.5}"#)
    #expect(better.regressions(in: try report()).count == 1)
    let tolerant = try baseline(
      #"{"precision": 0.55, "recall": 0.34, "fpr": 0.45, "tolerance": 0.06}"#)
    #expect(tolerant.regressions(in: try report()).isEmpty)
  }

  @Test("a run at another threshold is refused")
  func thresholdMismatch() throws {
    let gate = try baseline(#"{"precision_min": 0.1, "flag_at": "suspicious"}"#)
    let problems = gate.regressions(in: try report())
    #expect(problems.count == 1)
    #expect(problems[0].contains("--flag-at suspicious"))
  }

  @Test("an undefined metric fails a bound on it")
  func undefinedMetric() throws {
    let report = try Evaluation(records: [LabelRecord(id: "m", label: "malicious")]).evaluate([:])
    let gate = try baseline(#"{"precision_min": 0.9, "fpr_max": 0.1}"#)
    #expect(gate.regressions(in: report).count == 2)
  }

  @Test("a baseline without any bound is rejected")
  func emptyBaseline() {
    #expect(throws: EvaluationError.self) { try baseline(#"{"flag_at": "malicious"}"#) }
  }
}
