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
      let ranked = indices.sorted { a, b in
        let (sa, sb) = (significance(findings[a]), significance(findings[b]))
        return sa == sb ? a < b : sb.lexicographicallyPrecedes(sa)
      }
      result += ranked.prefix(keptPerRuleAndFile).map { findings[$0] }
      let folded = ranked.dropFirst(keptPerRuleAndFile).map { findings[$0] }
      result.append(summary(of: folded))
    }
    return result
  }

  /// The note standing for `folded`: placed at the first of them, weightless for the verdict.
  static func summary(of folded: [Finding]) -> Finding {
    let first = folded.min(by: Finding.reportOrder) ?? folded[0]
    var note = first
    note.severity = .info
    note.chain = nil
    note.snippet = ""
    note.message =
      "\(folded.count) more finding(s) of this rule in this file are not listed one by one; "
      + "the file was scanned completely and the \(keptPerRuleAndFile) most significant are listed"
    return note
  }

  /// Orders a group so that whatever can decide the verdict comes first.
  static func significance(_ f: Finding) -> [Int] {
    [
      f.chain != nil && f.polarity == .affirmative ? 1 : 0,
      f.severity.rank, f.confidence.rank,
      Reachability.allCases.firstIndex(of: f.reachability) ?? 0,
      f.polarity == .affirmative ? 1 : 0,
    ]
  }

  private struct GroupKey: Hashable {
    let rule: RuleID
    let file: String
  }
}
