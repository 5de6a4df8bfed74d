public import SkillScanCore

/// What counts as a positive, a flag and a slice.
public struct EvaluationOptions: Sendable, Hashable {
  /// A folder is flagged when its verdict is at or above this (default *malicious*).
  public var flagAt: Verdict
  /// The label field to break metrics down by, if any.
  public var groupBy: EvaluationGrouping?
  /// Labels that should be flagged.
  public var positiveLabels: Set<String>
  /// Labels that should not be flagged. Records with any other label are left out.
  public var negativeLabels: Set<String>

  public init(
    flagAt: Verdict = .malicious, groupBy: EvaluationGrouping? = nil,
    positiveLabels: Set<String> = ["malicious", "vulnerable"],
    negativeLabels: Set<String> = ["benign"]
  ) {
    self.flagAt = flagAt
    self.groupBy = groupBy
    self.positiveLabels = positiveLabels
    self.negativeLabels = negativeLabels
  }
}

/// Scores per-folder verdicts against corpus labels.
///
/// Headline numbers count each distinct `SKILL.md` once (records grouped by hash and label,
/// the first record standing for its copies), because templated campaigns copy one file
/// dozens of times; raw per-record counts are kept beside them (taxonomy.md §6.6).
public struct Evaluation: Sendable {
  public let records: [LabelRecord]
  public let options: EvaluationOptions

  /// - Throws: ``EvaluationError/duplicateIDs(_:)`` when two records name the same folder.
  public init(records: [LabelRecord], options: EvaluationOptions = EvaluationOptions()) throws {
    var seen: Set<String> = []
    var duplicates: Set<String> = []
    for record in records where !seen.insert(record.id).inserted { duplicates.insert(record.id) }
    guard duplicates.isEmpty else { throw EvaluationError.duplicateIDs(duplicates.sorted()) }
    self.records = records
    self.options = options
  }

  /// Scores scan results whose paths lie under `root` (the folder holding the labelled ones).
  public func evaluate(results: [SkillResult], root: String) -> EvaluationReport {
    var folders = FolderVerdicts(root: root, folderIDs: records.map(\.id))
    for result in results { folders.add(result) }
    return evaluate(folders.verdicts)
  }

  /// Scores the highest verdict of each folder, keyed by record id. A folder without a
  /// verdict was not found by the scan: it counts as not flagged and is listed as unscanned.
  public func evaluate(_ verdicts: [String: Verdict]) -> EvaluationReport {
    let scored = records.filter { isPositive($0) || isNegative($0) }
    let flagged: (LabelRecord) -> Bool = { record in
      verdicts[record.id].map { $0 >= self.options.flagAt } ?? false
    }
    var falseNegatives: [String] = []
    var falsePositives: [String] = []
    for record in scored {
      switch (isPositive(record), flagged(record)) {
      case (true, false): falseNegatives.append(record.id)
      case (false, true): falsePositives.append(record.id)
      default: break
      }
    }
    return EvaluationReport(
      flagAt: options.flagAt, groupBy: options.groupBy,
      positiveLabels: options.positiveLabels.sorted(),
      overall: metrics(named: "overall", of: scored, flagged: flagged),
      groups: groups(of: scored, flagged: flagged),
      labelRecall: labelRecall(of: scored, verdicts: verdicts),
      falseNegatives: falseNegatives.sorted(), falsePositives: falsePositives.sorted(),
      labelConflicts: labelConflicts(),
      splitDuplicates: splitDuplicates(of: scored, flagged: flagged),
      unscanned: records.filter { verdicts[$0.id] == nil }.map(\.id).sorted(),
      unscored: records.filter { !isPositive($0) && !isNegative($0) }.map(\.id).sorted())
  }

  private func isPositive(_ record: LabelRecord) -> Bool {
    options.positiveLabels.contains(record.label)
  }
  private func isNegative(_ record: LabelRecord) -> Bool {
    !isPositive(record) && options.negativeLabels.contains(record.label)
  }

  /// The first record of each distinct (content, label) pair, in labels order.
  private func representatives(of records: [LabelRecord]) -> [LabelRecord] {
    var seen: Set<DistinctKey> = []
    return records.filter { seen.insert(DistinctKey($0)).inserted }
  }

  private func metrics(
    named name: String, of records: [LabelRecord], flagged: (LabelRecord) -> Bool
  ) -> GroupMetrics {
    var raw = ConfusionMatrix()
    for record in records { raw.record(positive: isPositive(record), flagged: flagged(record)) }
    var distinct = ConfusionMatrix()
    for record in representatives(of: records) {
      distinct.record(positive: isPositive(record), flagged: flagged(record))
    }
    return GroupMetrics(name: name, distinct: distinct, raw: raw)
  }

  private func groups(of records: [LabelRecord], flagged: (LabelRecord) -> Bool) -> [GroupMetrics] {
    guard let grouping = options.groupBy else { return [] }
    var members: [String: [LabelRecord]] = [:]
    for record in records {
      for value in grouping.values(of: record) { members[value, default: []].append(record) }
    }
    return members.keys.sorted().map { name in
      metrics(named: name, of: members[name] ?? [], flagged: flagged)
    }
  }

  private func labelRecall(of records: [LabelRecord], verdicts: [String: Verdict]) -> [LabelRecall]
  {
    let distinct = representatives(of: records)
    func at(_ threshold: Verdict, _ record: LabelRecord) -> Bool {
      verdicts[record.id].map { $0 >= threshold } ?? false
    }
    return options.positiveLabels.sorted().map { label in
      let all = records.filter { $0.label == label }
      let unique = distinct.filter { $0.label == label }
      return LabelRecall(
        label: label, distinct: unique.count,
        distinctFlagged: unique.count { at(options.flagAt, $0) },
        distinctSuspiciousOrAbove: unique.count { at(.suspicious, $0) },
        raw: all.count, rawFlagged: all.count { at(options.flagAt, $0) })
    }
  }

  private func labelConflicts() -> [LabelConflict] {
    var byHash: [String: [LabelRecord]] = [:]
    for record in records {
      if let hash = record.skillMDSHA256 { byHash[hash, default: []].append(record) }
    }
    return byHash.keys.sorted().compactMap { hash in
      let group = byHash[hash] ?? []
      let labels = Set(group.map(\.label))
      guard labels.count > 1 else { return nil }
      return LabelConflict(sha256: hash, labels: labels.sorted(), ids: group.map(\.id).sorted())
    }
  }

  private func splitDuplicates(
    of records: [LabelRecord], flagged: (LabelRecord) -> Bool
  ) -> [SplitDuplicate] {
    var copies: [DistinctKey: [LabelRecord]] = [:]
    for record in records where record.skillMDSHA256 != nil {
      copies[DistinctKey(record), default: []].append(record)
    }
    return copies.compactMap { key, group -> SplitDuplicate? in
      let yes = group.filter(flagged).map(\.id).sorted()
      let no = group.filter { !flagged($0) }.map(\.id).sorted()
      guard !yes.isEmpty, !no.isEmpty else { return nil }
      return SplitDuplicate(sha256: key.content, label: key.label, flagged: yes, notFlagged: no)
    }
    .sorted { ($0.sha256, $0.label) < ($1.sha256, $1.label) }
  }
}

/// One distinct item: content hash (or id when there is none) and label.
private struct DistinctKey: Hashable {
  let content: String
  let label: String

  init(_ record: LabelRecord) {
    content = record.contentKey
    label = record.label
  }
}
