/// Matches a slot grammar directly, without expanding it into every phrase.
///
/// ``PhraseGrammar/expand(_:)`` multiplies out alternatives, which is fine for a few hundred
/// phrases but not for "ignore × 13 determiners × 11 qualifiers × 25 objects". This matcher
/// finds the first slot with Aho–Corasick and then walks the remaining slots at that spot,
/// so its cost per occurrence of the first word is bounded by the grammar's size, and the
/// whole search stays linear in the text.
///
/// Same syntax as ``PhraseGrammar``: slots of `|`-separated alternatives, an empty
/// alternative makes a slot optional, consecutive slots are separated by one space (feed it
/// ``NormalizedText/bytes``). The first slot must not be optional. A slot written `*N`
/// (N a digit) skips up to N arbitrary words: "do not mention `*4` to the user".
///
/// A class: a grammar is shared, never mutated, and read once per occurrence of its anchor.
/// As a struct of a dozen references, each read from a grammar list copied it (a retain
/// and release per field), which on prose dense with anchors cost more than the matching.
public final class PhraseSequence: Sendable {
  let anchor: PhraseMatcher
  private let slots: [[[UInt8]]]
  private let optional: [Bool]
  /// For each slot, the most words it may skip when it is a `*N` gap; nil otherwise.
  private let gaps: [Int?]

  /// Compiles the grammar.
  /// - Parameter slots: lower-case slots, e.g. `["ignore|forget", "|all", "instructions"]`.
  public init(_ slots: [String]) {
    let parsed = slots.map { slot in
      slot.split(separator: "|", omittingEmptySubsequences: false).map { Array($0.utf8) }
    }
    self.anchor = PhraseMatcher(parsed.first?.filter { !$0.isEmpty }.map { String(decoding: $0, as: UTF8.self) } ?? [])
    self.slots = parsed.map { $0.filter { !$0.isEmpty } }
    self.optional = parsed.map { $0.contains { $0.isEmpty } }
    self.gaps = slots.map { slot in
      slot.hasPrefix("*") ? Int(slot.dropFirst()) : nil
    }
  }

  /// Non-overlapping matches in text order, each as long as the grammar allows.
  /// - Parameter bytes: normalised text.
  /// - Returns: byte ranges of the matches.
  public func matches(in bytes: [UInt8]) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var reached = 0
    for start in anchor.allMatches(in: bytes) where start.range.lowerBound >= reached {
      guard let end = longest(bytes, slot: 1, at: start.range.upperBound) else { continue }
      result.append(start.range.lowerBound..<end)
      reached = end
    }
    return result
  }

  /// Whether the grammar matches anywhere in `bytes`.
  public func containsMatch(in bytes: [UInt8]) -> Bool {
    anchor.allMatches(in: bytes).contains { longest(bytes, slot: 1, at: $0.range.upperBound) != nil }
  }

  /// The furthest end reachable from slot `k` whose predecessor ended at `position`.
  func longest(_ bytes: [UInt8], slot k: Int, at position: Int) -> Int? {
    guard k < slots.count else { return position }
    if let gap = gaps[k] { return longestAfterGap(bytes, slot: k, at: position, words: gap) }
    var best: Int?
    if optional[k], let end = longest(bytes, slot: k + 1, at: position) { best = end }
    let start = position + 1
    guard position < bytes.count, bytes[position] == 0x20 else { return best }
    for alternative in slots[k] where matchesWord(alternative, in: bytes, at: start) {
      if let end = longest(bytes, slot: k + 1, at: start + alternative.count), end > (best ?? -1) {
        best = end
      }
    }
    return best
  }

  /// Skips 0…`words` space-separated words, then continues with slot `k + 1`.
  private func longestAfterGap(_ bytes: [UInt8], slot k: Int, at position: Int, words: Int) -> Int? {
    var best = longest(bytes, slot: k + 1, at: position)
    var p = position
    for _ in 0..<words {
      guard p < bytes.count, bytes[p] == 0x20 else { break }
      var q = p + 1
      while q < bytes.count && bytes[q] != 0x20 && bytes[q] != UInt8(ascii: ".") { q += 1 }
      guard q > p + 1 else { break }
      p = q
      if let end = longest(bytes, slot: k + 1, at: p), end > (best ?? -1) { best = end }
    }
    return best
  }

  /// Whether `word` occurs at `start` and ends on a word boundary.
  private func matchesWord(_ word: [UInt8], in bytes: [UInt8], at start: Int) -> Bool {
    let end = start + word.count
    guard end <= bytes.count else { return false }
    for i in 0..<word.count where bytes[start + i] != word[i] { return false }
    if let last = word.last, UTF8Scalar.isWordByte(last), end < bytes.count, UTF8Scalar.isWordByte(bytes[end]) {
      return false
    }
    return true
  }
}

extension PhraseSequence {
  /// Ranges from several matchers reduced to non-overlapping ones: earliest first, then
  /// longest.
  public static func disjoint(_ ranges: [Range<Int>]) -> [Range<Int>] {
    let sorted = ranges.sorted {
      $0.lowerBound != $1.lowerBound ? $0.lowerBound < $1.lowerBound : $0.count > $1.count
    }
    var result: [Range<Int>] = []
    var reached = 0
    for range in sorted where range.lowerBound >= reached {
      result.append(range)
      reached = range.upperBound
    }
    return result
  }
}
