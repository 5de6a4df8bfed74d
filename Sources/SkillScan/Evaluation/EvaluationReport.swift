public import SkillScanCore

/// Metrics for one slice of the labels: on distinct `SKILL.md` content and on raw records.
public struct GroupMetrics: Sendable, Hashable, Codable {
  /// `overall`, or the group value (`wild`, `clawhub-archive`, …).
  public var name: String
  /// One item per distinct (SKILL.md hash, label): the headline numbers.
  public var distinct: ConfusionMatrix
  /// One item per labelled folder, shown beside the distinct numbers.
  public var raw: ConfusionMatrix

  public init(name: String, distinct: ConfusionMatrix, raw: ConfusionMatrix) {
    self.name = name
    self.distinct = distinct
    self.raw = raw
  }
}

/// How many records of one positive label were flagged (the corpus asks for *vulnerable* on
/// its own line, since it is expected to reach only *suspicious*).
public struct LabelRecall: Sendable, Hashable, Codable {
  public var label: String
  public var distinct: Int
  /// Distinct items flagged at the evaluation's threshold.
  public var distinctFlagged: Int
  /// Distinct items at *suspicious* or above, whatever the threshold.
  public var distinctSuspiciousOrAbove: Int
  public var raw: Int
  public var rawFlagged: Int

  public init(
    label: String, distinct: Int, distinctFlagged: Int, distinctSuspiciousOrAbove: Int,
    raw: Int, rawFlagged: Int
  ) {
    self.label = label
    self.distinct = distinct
    self.distinctFlagged = distinctFlagged
    self.distinctSuspiciousOrAbove = distinctSuspiciousOrAbove
    self.raw = raw
    self.rawFlagged = rawFlagged
  }

  /// Distinct recall at the threshold.
  public var recall: Double? { ConfusionMatrix.ratio(distinctFlagged, distinct) }

  enum CodingKeys: String, CodingKey {
    case label, distinct, raw, recall
    case distinctFlagged = "distinct_flagged"
    case distinctSuspiciousOrAbove = "distinct_suspicious_or_above"
    case rawFlagged = "raw_flagged"
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    label = try c.decode(String.self, forKey: .label)
    distinct = try c.decode(Int.self, forKey: .distinct)
    distinctFlagged = try c.decode(Int.self, forKey: .distinctFlagged)
    distinctSuspiciousOrAbove = try c.decode(Int.self, forKey: .distinctSuspiciousOrAbove)
    raw = try c.decode(Int.self, forKey: .raw)
    rawFlagged = try c.decode(Int.self, forKey: .rawFlagged)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(label, forKey: .label)
    try c.encode(distinct, forKey: .distinct)
    try c.encode(distinctFlagged, forKey: .distinctFlagged)
    try c.encode(distinctSuspiciousOrAbove, forKey: .distinctSuspiciousOrAbove)
    try c.encode(raw, forKey: .raw)
    try c.encode(rawFlagged, forKey: .rawFlagged)
    try c.encode(ConfusionMatrix.rounded(recall), forKey: .recall)
  }
}

/// Records with the same `SKILL.md` hash but different labels. Each (hash, label) pair is
/// counted once, so such content appears on both sides of the matrix; the report says so.
public struct LabelConflict: Sendable, Hashable, Codable {
  public var sha256: String
  public var labels: [String]
  public var ids: [String]

  public init(sha256: String, labels: [String], ids: [String]) {
    self.sha256 = sha256
    self.labels = labels
    self.ids = ids
  }
}

/// Copies of one distinct item whose folders got different outcomes (their other files
/// differ). The distinct count uses the first record in the labels file.
public struct SplitDuplicate: Sendable, Hashable, Codable {
  public var sha256: String
  public var label: String
  public var flagged: [String]
  public var notFlagged: [String]

  public init(sha256: String, label: String, flagged: [String], notFlagged: [String]) {
    self.sha256 = sha256
    self.label = label
    self.flagged = flagged
    self.notFlagged = notFlagged
  }

  enum CodingKeys: String, CodingKey {
    case sha256, label, flagged
    case notFlagged = "not_flagged"
  }
}

/// The outcome of scoring scan verdicts against labels; `skillscan eval` renders it.
public struct EvaluationReport: Sendable, Hashable, Codable {
  /// A folder counts as flagged when its verdict is at or above this.
  public var flagAt: Verdict
  public var groupBy: EvaluationGrouping?
  /// Labels counted as the positive class.
  public var positiveLabels: [String]
  public var overall: GroupMetrics
  /// One entry per group value, sorted by name; empty without `groupBy`.
  public var groups: [GroupMetrics]
  /// One entry per positive label, sorted by label.
  public var labelRecall: [LabelRecall]
  /// Record ids, sorted.
  public var falseNegatives: [String]
  public var falsePositives: [String]
  public var labelConflicts: [LabelConflict]
  public var splitDuplicates: [SplitDuplicate]
  /// Labelled folders in which the scan found no skill; they count as not flagged.
  public var unscanned: [String]
  /// Records whose label is neither positive nor negative; left out of every count.
  public var unscored: [String]

  public init(
    flagAt: Verdict, groupBy: EvaluationGrouping?, positiveLabels: [String],
    overall: GroupMetrics, groups: [GroupMetrics], labelRecall: [LabelRecall],
    falseNegatives: [String], falsePositives: [String], labelConflicts: [LabelConflict],
    splitDuplicates: [SplitDuplicate], unscanned: [String], unscored: [String]
  ) {
    self.flagAt = flagAt
    self.groupBy = groupBy
    self.positiveLabels = positiveLabels
    self.overall = overall
    self.groups = groups
    self.labelRecall = labelRecall
    self.falseNegatives = falseNegatives
    self.falsePositives = falsePositives
    self.labelConflicts = labelConflicts
    self.splitDuplicates = splitDuplicates
    self.unscanned = unscanned
    self.unscored = unscored
  }

  enum CodingKeys: String, CodingKey {
    case overall, groups, unscanned, unscored
    case flagAt = "flag_at"
    case groupBy = "group_by"
    case positiveLabels = "positive_labels"
    case labelRecall = "label_recall"
    case falseNegatives = "false_negatives"
    case falsePositives = "false_positives"
    case labelConflicts = "label_conflicts"
    case splitDuplicates = "split_duplicates"
  }

  /// The group named `name`, if any.
  public func group(_ name: String) -> GroupMetrics? { groups.first { $0.name == name } }

  /// The recall line for one label, if it is a positive label.
  public func recall(for label: String) -> LabelRecall? { labelRecall.first { $0.label == label } }
}
