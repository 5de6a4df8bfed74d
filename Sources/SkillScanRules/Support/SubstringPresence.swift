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
