import SkillScanCore

/// The phrase lists the two whole-text prompt-injection rules look for in a file's
/// normalised text, read in one pass and shared.
///
/// `instruction-override` (fixed phrases, grammar anchors, role markers) and
/// `hidden-comment-instruction` (secrecy phrases and grammar anchors, stealth adverbs,
/// addresses to the agent in data values) ran six automata over the whole normalised text of every Markdown file. One automaton over
/// the six lists gives each list exactly the occurrences its own matcher would
/// (``PhraseGroups/allMatches(in:)``).
struct WholeTextInjectionCues: Sendable {
  /// The lists, in the order of ``lists``.
  enum List: Int, CaseIterable {
    case overrideFixed, overrideAnchors, overrideMarkers, secrecyFixed, secrecyAnchors, stealthAdverbs, dataAddress
  }

  static let lists = PhraseGroups([
    InstructionOverridePhrases.fixed,
    InstructionOverrideRule.grammars.anchorPhrases,
    InstructionOverridePhrases.markers,
    HiddenInstructionPhrases.secrecyFixed,
    HiddenCommentInstructionRule.secrecyGrammars.anchorPhrases,
    HiddenInstructionPhrases.stealthAdverbList,
    HiddenCommentInstructionRule.dataAddress.phrases,
  ])

  private let matches: [[PhraseMatcher.Match]]

  /// Every occurrence of `list`'s phrases, as its own ``PhraseMatcher/allMatches(in:)``.
  func all(_ list: List) -> [PhraseMatcher.Match] { matches[list.rawValue] }

  /// The non-overlapping occurrences of `list`, as its own ``PhraseMatcher/matches(in:)``.
  func disjoint(_ list: List) -> [PhraseMatcher.Match] { PhraseGroups.disjoint(matches[list.rawValue]) }

  /// The cues of `file`'s normalised text, found once per file.
  static func of(_ file: AnalyzedFile) -> WholeTextInjectionCues {
    file.cache.value(slot) { WholeTextInjectionCues(matches: lists.allMatches(in: file.normalizedText.bytes)) }
  }

  private static let slot = CacheSlot<WholeTextInjectionCues>("WholeTextInjectionCues")
}
