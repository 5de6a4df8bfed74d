import SkillScanCore

/// Finds many lower-case phrases at once in normalised text, on word boundaries.
///
/// Built on Core's Aho–Corasick ``KeywordFilter``, so a rule with hundreds of phrase variants
/// still reads each file once. Phrases are matched as written (after ASCII case folding);
/// feed it ``NormalizedText/bytes`` so whitespace and invisible characters are already
/// canonical.
public struct PhraseMatcher: Sendable {
  /// One occurrence of a phrase.
  public struct Match: Sendable, Hashable {
    /// Index into ``PhraseMatcher/phrases``.
    public var phrase: Int
    /// Byte range in the searched text.
    public var range: Range<Int>
  }

  /// The phrases, in the order given.
  public let phrases: [String]
  private let filter: KeywordFilter
  private let lengths: [Int]
  private let needsLeadingBoundary: [Bool]
  private let needsTrailingBoundary: [Bool]

  /// Compiles the automaton.
  /// - Parameter phrases: lower-case phrases; a phrase that starts (ends) with a letter or
  ///   digit only matches where the text has a word boundary before (after) it.
  public init(_ phrases: [String]) {
    self.phrases = phrases
    self.filter = KeywordFilter(keywords: phrases)
    self.lengths = phrases.map(\.utf8.count)
    self.needsLeadingBoundary = phrases.map { $0.utf8.first.map(UTF8Scalar.isWordByte) ?? false }
    self.needsTrailingBoundary = phrases.map { $0.utf8.last.map(UTF8Scalar.isWordByte) ?? false }
  }

  /// Every occurrence, sorted by start; overlapping occurrences are all returned.
  /// - Parameter bytes: the text to search (normally normalised).
  /// - Returns: matches in text order, longest first at equal starts.
  public func allMatches(in bytes: [UInt8]) -> [Match] {
    bytes.withUnsafeBufferPointer { allMatches(in: $0) }
  }

  /// Occurrences that do not overlap, preferring the earliest and then the longest.
  /// - Parameter bytes: the text to search.
  /// - Returns: disjoint matches in text order.
  public func matches(in bytes: [UInt8]) -> [Match] {
    Self.disjoint(allMatches(in: bytes))
  }

  /// The earliest-then-longest non-overlapping subset of matches in text order.
  private static func disjoint(_ all: [Match]) -> [Match] {
    var result: [Match] = []
    var reached = 0
    for match in all where match.range.lowerBound >= reached {
      result.append(match)
      reached = match.range.upperBound
    }
    return result
  }

  /// ``allMatches(in:)`` of `bytes[range]` as if it were a text of its own (word boundaries
  /// end at the range's edges), read in place; match ranges are relative to `range`.
  ///
  /// Sentence-level readers ask this of every sentence of every block: copying each sentence
  /// into an array first was an allocation per sentence and matcher.
  public func allMatches(in bytes: [UInt8], range: Range<Int>) -> [Match] {
    bytes.withUnsafeBufferPointer { all in allMatches(in: UnsafeBufferPointer(rebasing: all[range])) }
  }

  /// ``matches(in:)`` of `bytes[range]` as a text of its own; ranges relative to `range`.
  public func matches(in bytes: [UInt8], range: Range<Int>) -> [Match] {
    Self.disjoint(allMatches(in: bytes, range: range))
  }

  /// ``containsMatch(in:)`` of `bytes[range]` as a text of its own, read in place.
  public func containsMatch(in bytes: [UInt8], range: Range<Int>) -> Bool {
    bytes.withUnsafeBufferPointer { all in containsMatch(in: UnsafeBufferPointer(rebasing: all[range])) }
  }

  private func allMatches(in text: UnsafeBufferPointer<UInt8>) -> [Match] {
    var result: [Match] = []
    // The automaton reports matches by end; they are usually already in start order too, so
    // the sort runs only when an occurrence starts before the previous one.
    var ordered = true
    var lastStart = -1
    var lastLength = Int.max
    filter.forEachPosition(in: text) { keyword, end in
      let start = end - lengths[keyword]
      if needsLeadingBoundary[keyword], start > 0, UTF8Scalar.isWordByte(text[start - 1]) { return true }
      if needsTrailingBoundary[keyword], end < text.count, UTF8Scalar.isWordByte(text[end]) { return true }
      let length = end - start
      if start < lastStart || (start == lastStart && length > lastLength) { ordered = false }
      lastStart = start
      lastLength = length
      result.append(Match(phrase: keyword, range: start..<end))
      return true
    }
    guard !ordered else { return result }
    return result.sorted {
      $0.range.lowerBound != $1.range.lowerBound
        ? $0.range.lowerBound < $1.range.lowerBound : $0.range.count > $1.range.count
    }
  }

  private func containsMatch(in text: UnsafeBufferPointer<UInt8>) -> Bool {
    var found = false
    filter.forEachPosition(in: text) { keyword, end in
      let start = end - lengths[keyword]
      if needsLeadingBoundary[keyword], start > 0, UTF8Scalar.isWordByte(text[start - 1]) { return true }
      if needsTrailingBoundary[keyword], end < text.count, UTF8Scalar.isWordByte(text[end]) { return true }
      found = true
      return false
    }
    return found
  }

  /// Whether any phrase occurs.
  ///
  /// Stops at the first occurrence that respects its word boundaries instead of collecting
  /// and sorting every match: gates and polarity checks ask this of many texts.
  public func containsMatch(in bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { containsMatch(in: $0) }
  }
}

/// Expands a tiny phrase grammar into the explicit phrase list a ``PhraseMatcher`` needs.
///
/// Injection phrases come in many orders of optional qualifiers ("ignore all previous
/// instructions", "disregard your prior rules"); writing slots keeps the rule readable and
/// the expansion exhaustive.
public enum PhraseGrammar {
  /// The cartesian product of slots joined by single spaces.
  ///
  /// Each slot lists alternatives separated by `|`; an empty alternative makes the slot
  /// optional: `["ignore|disregard", "|all", "previous|prior", "instructions"]`.
  /// - Parameter slots: the slots in order.
  /// - Returns: every combination, without empty words or doubled spaces.
  public static func expand(_ slots: [String]) -> [String] {
    var phrases = [""]
    for slot in slots {
      let options = slot.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
      var next: [String] = []
      for prefix in phrases {
        for option in options {
          if option.isEmpty {
            next.append(prefix)
          } else {
            next.append(prefix.isEmpty ? option : prefix + " " + option)
          }
        }
      }
      phrases = next
    }
    var seen = Set<String>()
    return phrases.filter { !$0.isEmpty && seen.insert($0).inserted }
  }
}
