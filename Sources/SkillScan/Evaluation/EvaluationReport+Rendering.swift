public import Foundation
import SkillScanCore

extension EvaluationReport {
  /// Stable JSON: sorted keys, so two runs with the same verdicts give the same bytes.
  public func jsonData() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    return try encoder.encode(self)
  }

  /// A plain-text table: distinct counts and rates first, raw record counts beside them.
  public func text() -> String {
    var lines: [String] = []
    let positives = positiveLabels.joined(separator: " + ")
    lines.append(
      "flagged = verdict \(flagAt.rawValue) or worse; positives = \(positives); "
        + "rates on distinct SKILL.md, raw record counts beside")
    lines.append("")
    let nameWidth = max(16, ([overall] + groups).map(\.name.count).max() ?? 0)
    lines.append(Self.header(nameWidth))
    lines.append(Self.row(overall, nameWidth))
    if let groupBy, !groups.isEmpty {
      lines.append("by \(groupBy.rawValue):")
      lines += groups.map { Self.row($0, nameWidth) }
    }
    lines.append("")
    for line in labelRecall {
      lines.append(
        "\(line.label) recall: \(line.distinctFlagged)/\(line.distinct) distinct "
          + "(\(Self.percent(line.recall))), \(line.rawFlagged)/\(line.raw) raw; "
          + "\(line.distinctSuspiciousOrAbove)/\(line.distinct) distinct at suspicious or worse")
    }
    lines.append(Self.list("false negatives", falseNegatives))
    lines.append(Self.list("false positives", falsePositives))
    if !labelConflicts.isEmpty {
      lines.append("label conflicts (same SKILL.md, different labels; each pair counted once):")
      lines += labelConflicts.map {
        "  \($0.sha256.prefix(12)) \($0.labels.joined(separator: "/")): \($0.ids.joined(separator: ", "))"
      }
    }
    if !splitDuplicates.isEmpty {
      lines.append("copies with different outcomes (distinct count uses the first record):")
      lines += splitDuplicates.map {
        "  \($0.sha256.prefix(12)) \($0.label): flagged \($0.flagged.joined(separator: ", ")); "
          + "not flagged \($0.notFlagged.joined(separator: ", "))"
      }
    }
    if !unscanned.isEmpty {
      lines.append(Self.list("no skill found (counted as not flagged)", unscanned))
    }
    if !unscored.isEmpty { lines.append(Self.list("unscored labels (left out)", unscored)) }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func header(_ width: Int) -> String {
    pad("group", width) + cells(["n", "TP", "FP", "TN", "FN"], 5)
      + cells(["prec", "recall", "FPR", "F1"], 8) + "  | raw "
      + cells(["n", "TP", "FP", "TN", "FN"], 5)
  }

  private static func row(_ metrics: GroupMetrics, _ width: Int) -> String {
    let d = metrics.distinct
    let r = metrics.raw
    return pad(metrics.name, width)
      + cells(
        [d.total, d.truePositives, d.falsePositives, d.trueNegatives, d.falseNegatives].map(
          String.init), 5)
      + cells([d.precision, d.recall, d.falsePositiveRate, d.f1].map(rate), 8)
      + "  |     "
      + cells(
        [r.total, r.truePositives, r.falsePositives, r.trueNegatives, r.falseNegatives].map(
          String.init), 5)
  }

  private static func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
  }

  private static func cells(_ values: [String], _ width: Int) -> String {
    values.map {
      $0.count >= width ? " " + $0 : String(repeating: " ", count: width - $0.count) + $0
    }
    .joined()
  }

  private static func rate(_ value: Double?) -> String {
    value.map { String(format: "%.4f", $0) } ?? "–"
  }

  private static func percent(_ value: Double?) -> String {
    value.map { String(format: "%.1f%%", $0 * 100) } ?? "–"
  }

  private static func list(_ title: String, _ ids: [String]) -> String {
    ids.isEmpty
      ? "\(title) (0)"
      : "\(title) (\(ids.count)):\n" + ids.map { "  \($0)" }.joined(separator: "\n")
  }
}
