import SkillScanCore

/// Several ``PhraseSequence`` grammars matched in one pass over the text.
///
/// Each grammar finds its first slot with its own automaton, so a rule with six grammars read
/// every file six times; on large files that was the biggest single cost of the prompt-
/// injection rules. Here the first slots of all grammars share one automaton, and each
/// occurrence is handed to the grammars that start with it. The result is exactly the
/// concatenation of each grammar's own ``PhraseSequence/matches(in:)``.
public struct PhraseSequenceSet: Sendable {
  private let grammars: [PhraseSequence]
  private let anchors: PhraseMatcher
  /// The first-slot phrases of all grammars: a caller that reads them together with other
  /// lists in one pass (``PhraseGroups``) passes their occurrences to
  /// ``matches(in:anchorMatches:)``.
  public var anchorPhrases: [String] { anchors.phrases }
  /// For each anchor phrase, the grammars whose first slot holds it.
  private let owners: [[Int]]

  public init(_ grammars: [[String]]) {
    let compiled = grammars.map(PhraseSequence.init)
    var phrases: [String] = []
    var index: [String: Int] = [:]
    var owners: [[Int]] = []
    for (g, grammar) in compiled.enumerated() {
      for phrase in Set(grammar.anchor.phrases) {
        if let k = index[phrase] {
          owners[k].append(g)
        } else {
          index[phrase] = phrases.count
          phrases.append(phrase)
          owners.append([g])
        }
      }
    }
    self.grammars = compiled
    self.anchors = PhraseMatcher(phrases)
    self.owners = owners
  }

  /// Every grammar's non-overlapping longest matches, grammar by grammar, in text order.
  public func matches(in bytes: [UInt8]) -> [Range<Int>] {
    matches(in: bytes, anchorMatches: anchors.allMatches(in: bytes))
  }

  /// ``matches(in:)`` given the occurrences of ``anchorPhrases`` in `bytes`, as
  /// ``PhraseMatcher/allMatches(in:)`` would list them (phrase indices into
  /// ``anchorPhrases``).
  public func matches(in bytes: [UInt8], anchorMatches: [PhraseMatcher.Match]) -> [Range<Int>] {
    var reached = [Int](filled: 0, count: grammars.count)
    var perGrammar = [[Range<Int>]](filled: [], count: grammars.count)
    // Grammars are read in place: `grammars[g].longest(…)` copied the grammar (a dozen
    // references retained and released) for every anchor, which on prose dense with
    // anchors cost more than the matching.
    grammars.withUnsafeBufferPointer { grammars in
      for start in anchorMatches {
        for g in owners[start.phrase] where start.range.lowerBound >= reached[g] {
          guard let end = grammars[g].longest(bytes, slot: 1, at: start.range.upperBound) else { continue }
          perGrammar[g].append(start.range.lowerBound..<end)
          reached[g] = end
        }
      }
    }
    return perGrammar.flatMap { $0 }
  }
}
