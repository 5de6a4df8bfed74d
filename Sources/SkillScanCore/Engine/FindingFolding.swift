/// Folds long runs of one rule's findings in one file into the most significant few and an
/// explicit summary.
///
/// A hostile or generated file can repeat one construct a hundred thousand times. Listing
/// every repeat helps nobody, and encoding them dominated the cost of scanning such a file.
/// The file is still scanned completely: every match is found and ranked, the most
/// significant ``keptPerRuleAndFile`` are listed (a verdict-deciding chain always ranks
/// first), and one `info` finding states how many more there were, so nothing disappears
/// silently and the verdict is unchanged.
public enum FindingFolding {
  /// How many findings of one rule in one file are listed individually.
  public static let keptPerRuleAndFile = 25

  /// `findings` with every (rule, file) group over the limit folded; order is not preserved.
  ///
  /// A hostile file yields hundreds of thousands of findings in one group. Ranking them
  /// compares one precomputed integer per finding (see ``significance(_:)``), and the folded
  /// rest are only counted and searched for their first place, never copied.
  public static func fold(_ findings: [Finding]) -> [Finding] {
    var groups: [GroupKey: [Int]] = [:]
    for (index, finding) in findings.enumerated() {
      groups[GroupKey(rule: finding.ruleID, file: finding.file), default: []].append(index)
    }
    guard groups.values.contains(where: { $0.count > keptPerRuleAndFile }) else { return findings }
    var result: [Finding] = []
    result.reserveCapacity(min(findings.count, groups.count * (keptPerRuleAndFile + 1)))
    for indices in groups.values {
      guard indices.count > keptPerRuleAndFile else {
        result += indices.map { findings[$0] }
        continue
      }
      let ranked = rank(indices, of: findings)
      result += ranked.prefix(keptPerRuleAndFile).map { findings[$0] }
      result.append(summary(of: ranked.dropFirst(keptPerRuleAndFile), in: findings))
    }
    return result
  }

  /// `indices` from the most significant finding to the least, ties in index order.
  ///
  /// Each finding's significance and index are packed into one integer whose ascending order
  /// is that order, so the sort compares integers (an index is below 2^32: no scan holds
  /// four billion findings in memory).
  static func rank(_ indices: [Int], of findings: [Finding]) -> [Int] {
    var keys = indices.map { index in (maximumSignificance - significance(findings[index])) << 32 | index }
    keys.sort()
    return keys.map { $0 & 0xFFFF_FFFF }
  }

  /// The note standing for the findings at `folded`: placed at the first of them in report
  /// order, weightless for the verdict.
  static func summary(of folded: ArraySlice<Int>, in findings: [Finding]) -> Finding {
    var first = folded[folded.startIndex]
    for index in folded.dropFirst() where Finding.reportOrder(findings[index], findings[first]) { first = index }
    var note = findings[first]
    note.severity = .info
    note.chain = nil
    note.snippet = ""
    note.snippetWindow = nil
    note.message =
      "\(folded.count) more finding(s) of this rule in this file are not listed one by one; "
      + "the file was scanned completely and the \(keptPerRuleAndFile) most significant are listed"
    return note
  }

  /// Orders a group so that whatever can decide the verdict comes first: a complete
  /// affirmative chain, then severity, confidence, reachability and affirmative polarity,
  /// compared in that order (a larger value is more significant).
  ///
  /// The criteria are packed into one integer, three bits each, most important highest, so
  /// integer order is their lexicographic order.
  static func significance(_ f: Finding) -> Int {
    var key = f.chain != nil && f.polarity == .affirmative ? 1 : 0
    key = key << 3 | f.severity.rank
    key = key << 3 | f.confidence.rank
    key = key << 3 | f.reachability.rank
    return key << 3 | (f.polarity == .affirmative ? 1 : 0)
  }

  /// The largest value ``significance(_:)`` can take (five criteria of three bits).
  static let maximumSignificance = (1 << 15) - 1

  private struct GroupKey: Hashable {
    let rule: RuleID
    let file: String
  }
}
