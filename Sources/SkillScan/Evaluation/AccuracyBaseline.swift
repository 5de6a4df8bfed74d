public import Foundation
public import SkillScanCore

/// Committed accuracy floor for CI: `skillscan eval --baseline-check FILE` fails (exit 1)
/// when overall distinct precision, recall or false-positive rate got worse.
///
/// Two shapes are accepted:
/// - bounds: `{"precision_min": 0.9, "recall_min": 0.8, "fpr_max": 0.02}`;
/// - a recorded run: `{"precision": 0.95, "recall": 0.83, "fpr": 0.01, "tolerance": 0.005}`,
///   where `tolerance` (default 0) is the allowed slack.
///
/// Either may add `"flag_at": "malicious"`; the check refuses a run at another threshold,
/// because numbers at different thresholds are not comparable. Any bound may be left out.
/// Measured rates are rounded to 4 places (as JSON output shows them) before comparing, so a
/// baseline copied from `--format json` output passes on the same run.
public struct AccuracyBaseline: Sendable, Hashable, Decodable {
  public var precisionMin: Double?
  public var recallMin: Double?
  public var fprMax: Double?
  public var flagAt: Verdict?

  public init(precisionMin: Double?, recallMin: Double?, fprMax: Double?, flagAt: Verdict? = nil) {
    self.precisionMin = precisionMin
    self.recallMin = recallMin
    self.fprMax = fprMax
    self.flagAt = flagAt
  }

  enum CodingKeys: String, CodingKey {
    case precision, recall, fpr, tolerance
    case precisionMin = "precision_min"
    case recallMin = "recall_min"
    case fprMax = "fpr_max"
    case flagAt = "flag_at"
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    let tolerance = try c.decodeIfPresent(Double.self, forKey: .tolerance) ?? 0
    let precision = try c.decodeIfPresent(Double.self, forKey: .precision).map { $0 - tolerance }
    let recall = try c.decodeIfPresent(Double.self, forKey: .recall).map { $0 - tolerance }
    let fpr = try c.decodeIfPresent(Double.self, forKey: .fpr).map { $0 + tolerance }
    precisionMin = try c.decodeIfPresent(Double.self, forKey: .precisionMin) ?? precision
    recallMin = try c.decodeIfPresent(Double.self, forKey: .recallMin) ?? recall
    fprMax = try c.decodeIfPresent(Double.self, forKey: .fprMax) ?? fpr
    flagAt = try c.decodeIfPresent(Verdict.self, forKey: .flagAt)
    guard precisionMin != nil || recallMin != nil || fprMax != nil else {
      throw EvaluationError.invalidBaseline(
        "expected precision_min/recall_min/fpr_max or precision/recall/fpr")
    }
  }

  /// Reads a baseline file.
  public static func load(from url: URL) throws -> AccuracyBaseline {
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw EvaluationError.unreadable(url.path, String(describing: error))
    }
    do {
      return try JSONDecoder().decode(AccuracyBaseline.self, from: data)
    } catch let error as EvaluationError {
      throw error
    } catch {
      throw EvaluationError.invalidBaseline(String(describing: error))
    }
  }

  /// Compares a report's overall distinct metrics with the baseline.
  /// - Returns: one message per regression; empty when the run is at least as good.
  public func regressions(in report: EvaluationReport) -> [String] {
    if let flagAt, flagAt != report.flagAt {
      return [
        "baseline was recorded at --flag-at \(flagAt.rawValue), this run used \(report.flagAt.rawValue)"
      ]
    }
    let m = report.overall.distinct
    var problems: [String] = []
    check("precision", ConfusionMatrix.rounded(m.precision), atLeast: precisionMin, into: &problems)
    check("recall", ConfusionMatrix.rounded(m.recall), atLeast: recallMin, into: &problems)
    if let fprMax {
      if let fpr = ConfusionMatrix.rounded(m.falsePositiveRate) {
        if fpr > fprMax + Self.epsilon {
          problems.append(
            "FPR \(Self.format(fpr)) is above the baseline maximum \(Self.format(fprMax))")
        }
      } else {
        problems.append(
          "FPR cannot be computed (no negatives), baseline maximum \(Self.format(fprMax))")
      }
    }
    return problems
  }

  private func check(
    _ name: String, _ value: Double?, atLeast minimum: Double?, into problems: inout [String]
  ) {
    guard let minimum else { return }
    guard let value else {
      problems.append(
        "\(name) cannot be computed (empty denominator), baseline minimum \(Self.format(minimum))")
      return
    }
    if value < minimum - Self.epsilon {
      problems.append(
        "\(name) \(Self.format(value)) is below the baseline minimum \(Self.format(minimum))")
    }
  }

  /// Absorbs binary floating-point noise in JSON numbers like 0.1.
  private static let epsilon = 1e-9

  private static func format(_ value: Double) -> String { String(format: "%.4f", value) }
}
