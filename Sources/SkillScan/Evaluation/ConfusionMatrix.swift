/// True/false positive/negative counts and the rates derived from them.
///
/// Rates are `nil` when their denominator is zero (precision with nothing flagged, FPR with no
/// negatives), so a report never shows a made-up 0 or 1; JSON writes them as `null`.
public struct ConfusionMatrix: Sendable, Hashable, Codable {
  public var truePositives: Int
  public var falsePositives: Int
  public var trueNegatives: Int
  public var falseNegatives: Int

  public init(
    truePositives: Int = 0, falsePositives: Int = 0, trueNegatives: Int = 0,
    falseNegatives: Int = 0
  ) {
    self.truePositives = truePositives
    self.falsePositives = falsePositives
    self.trueNegatives = trueNegatives
    self.falseNegatives = falseNegatives
  }

  /// Adds one item with its truth (`positive`) and outcome (`flagged`).
  public mutating func record(positive: Bool, flagged: Bool) {
    switch (positive, flagged) {
    case (true, true): truePositives += 1
    case (true, false): falseNegatives += 1
    case (false, true): falsePositives += 1
    case (false, false): trueNegatives += 1
    }
  }

  /// Items counted.
  public var total: Int { truePositives + falsePositives + trueNegatives + falseNegatives }
  public var positives: Int { truePositives + falseNegatives }
  public var negatives: Int { falsePositives + trueNegatives }

  /// TP / (TP + FP): how often a flag is right.
  public var precision: Double? { Self.ratio(truePositives, truePositives + falsePositives) }
  /// TP / (TP + FN): share of positives flagged.
  public var recall: Double? { Self.ratio(truePositives, truePositives + falseNegatives) }
  /// FP / (FP + TN): share of negatives wrongly flagged.
  public var falsePositiveRate: Double? {
    Self.ratio(falsePositives, falsePositives + trueNegatives)
  }
  /// Harmonic mean of precision and recall, as 2TP / (2TP + FP + FN) so it is defined (0)
  /// even when nothing was flagged.
  public var f1: Double? {
    Self.ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives)
  }

  static func ratio(_ numerator: Int, _ denominator: Int) -> Double? {
    denominator == 0 ? nil : Double(numerator) / Double(denominator)
  }

  /// Rounds a rate for output, so JSON is stable and baselines can be copied from it.
  static func rounded(_ value: Double?) -> Double? {
    value.map { ($0 * 10_000).rounded() / 10_000 }
  }

  enum CodingKeys: String, CodingKey {
    case tp, fp, tn, fn, total, precision, recall, fpr, f1
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    truePositives = try c.decode(Int.self, forKey: .tp)
    falsePositives = try c.decode(Int.self, forKey: .fp)
    trueNegatives = try c.decode(Int.self, forKey: .tn)
    falseNegatives = try c.decode(Int.self, forKey: .fn)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(truePositives, forKey: .tp)
    try c.encode(falsePositives, forKey: .fp)
    try c.encode(trueNegatives, forKey: .tn)
    try c.encode(falseNegatives, forKey: .fn)
    try c.encode(total, forKey: .total)
    try c.encode(Self.rounded(precision), forKey: .precision)
    try c.encode(Self.rounded(recall), forKey: .recall)
    try c.encode(Self.rounded(falsePositiveRate), forKey: .fpr)
    try c.encode(Self.rounded(f1), forKey: .f1)
  }
}
