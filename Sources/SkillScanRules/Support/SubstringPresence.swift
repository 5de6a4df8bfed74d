import SkillScanCore

/// Which of several phrase lists occur in a text as plain substrings, found in one pass.
///
/// A rule whose every finding needs some of its cue phrases in one sentence can ask this of
/// the whole file's normalised text first: normalising part of a file gives a stretch of the
/// whole file's normalised text, so a phrase matched in a sentence of a block is a substring
/// of it, and a file lacking the needed phrases has no finding. One pass then stands in for
/// a scan per sentence in nearly every file (the cues of these rules are rare).
struct SubstringPresence: Sendable {
  private let filter: KeywordFilter
  /// The list each keyword came from.
  private let owner: [Int]
  let listCount: Int

  init(_ lists: [[String]]) {
    var keywords: [String] = []
    var owner: [Int] = []
    for (index, list) in lists.enumerated() {
      for phrase in list where !phrase.isEmpty {
        keywords.append(phrase.lowercased())
        owner.append(index)
      }
    }
    self.filter = KeywordFilter(keywords: keywords)
    self.owner = owner
    self.listCount = lists.count
  }

  /// For each list, whether one of its phrases occurs in `bytes` (ASCII case folded).
  func present(in bytes: [UInt8]) -> [Bool] {
    var found = [Bool](filled: false, count: listCount)
    for keyword in filter.matches(in: bytes) { found[owner[keyword]] = true }
    return found
  }
}

extension SubstringPresence {
  /// Substrings one of which every match of a ``PhraseSequence`` grammar holds: the last two
  /// adjacent required slots' words joined by the single space between them, or, when no
  /// two required slots are adjacent, the last required slot's words. `*N` gaps are not
  /// supported (a trap rather than a weaker gate).
  static func cues(ofGrammar grammar: [String]) -> [String] {
    precondition(!grammar.contains { $0.hasPrefix("*") }, "gap slots are not supported")
    let slots = grammar.map { $0.split(separator: "|", omittingEmptySubsequences: false).map(String.init) }
    let required = slots.map { !$0.contains("") }
    for k in stride(from: slots.count - 1, through: 1, by: -1) where required[k] && required[k - 1] {
      return slots[k - 1].flatMap { a in slots[k].map { a + " " + $0 } }
    }
    guard let last = required.lastIndex(of: true) else { return [] }
    return slots[last]
  }
}
