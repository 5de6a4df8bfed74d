import SkillScanCore

/// Several phrase lists matched in one pass, each with ``PhraseMatcher/matches(in:)``
/// semantics of its own (non-overlapping within the list, overlapping across lists).
///
/// Rules that look for five kinds of cue ran five automata over the same text; one shared
/// automaton reads it once and sorts each occurrence into the lists that hold its phrase.
public struct PhraseGroups: Sendable {
  /// The lists as given; match indices refer to them.
  public let groups: [[String]]
  private let matcher: PhraseMatcher
  /// For each shared phrase, (group, index in that group) pairs.
  private let owners: [[(group: Int, phrase: Int)]]

  public init(_ groups: [[String]]) {
    var phrases: [String] = []
    var index: [String: Int] = [:]
    var owners: [[(group: Int, phrase: Int)]] = []
    for (g, list) in groups.enumerated() {
      for (p, phrase) in list.enumerated() {
        if let k = index[phrase] {
          owners[k].append((g, p))
        } else {
          index[phrase] = phrases.count
          phrases.append(phrase)
          owners.append([(g, p)])
        }
      }
    }
    self.groups = groups
    self.matcher = PhraseMatcher(phrases)
    self.owners = owners
  }

  /// For each group, every occurrence of its phrases, overlapping ones included, in the order
  /// of ``PhraseMatcher/allMatches(in:)`` for that group alone (by start, longest first).
  ///
  /// The shared automaton's occurrences are already in that order, and keeping one group's
  /// phrases keeps it; phrase indices are the group's own.
  public func allMatches(in bytes: [UInt8]) -> [[PhraseMatcher.Match]] {
    var result = [[PhraseMatcher.Match]](filled: [], count: groups.count)
    for match in matcher.allMatches(in: bytes) {
      for owner in owners[match.phrase] {
        result[owner.group].append(PhraseMatcher.Match(phrase: owner.phrase, range: match.range))
      }
    }
    return result
  }

  /// The earliest-then-longest non-overlapping subset of one group's ``allMatches(in:)``,
  /// which is that group's ``PhraseMatcher/matches(in:)``.
  public static func disjoint(_ all: [PhraseMatcher.Match]) -> [PhraseMatcher.Match] {
    var result: [PhraseMatcher.Match] = []
    var reached = 0
    for match in all where match.range.lowerBound >= reached {
      result.append(match)
      reached = match.range.upperBound
    }
    return result
  }

  /// For each group, its non-overlapping matches in text order (phrase indices are the
  /// group's own).
  public func matches(in bytes: [UInt8]) -> [[PhraseMatcher.Match]] {
    var reached = [Int](filled: 0, count: groups.count)
    var result = [[PhraseMatcher.Match]](filled: [], count: groups.count)
    for match in matcher.allMatches(in: bytes) {
      for owner in owners[match.phrase] where match.range.lowerBound >= reached[owner.group] {
        result[owner.group].append(PhraseMatcher.Match(phrase: owner.phrase, range: match.range))
        reached[owner.group] = match.range.upperBound
      }
    }
    return result
  }
}
