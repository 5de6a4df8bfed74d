import SkillScanCore

/// Where a Markdown or text file tells the agent to keep something from the user: the
/// secrecy directives (``HiddenCommentInstructionRule/secrecyFixed``, its grammars) and the
/// words that keep a step out of the summary ("quietly", "do not belong in the summary").
///
/// Computed once per file over its shared normalised text and kept as sorted offsets, so
/// each send or index a rule weighs asks with a binary search. Asking by re-normalising a
/// window per hit made a file of a million sends cost a thousand times its size.
enum ConcealmentMarks {
  /// Words beyond the secrecy grammars that keep a step out of the user's sight.
  static let phrases = PhraseMatcher([
    "quietly", "silently", "secretly", "do not belong in the summary", "not belong in the summary",
    "leave it out of the summary", "leave them out of the summary", "omit it from the summary", "omit them from the summary",
    "keep it out of the summary", "keep them out of the summary", "do not list them", "do not list it",
  ])

  /// Sorted original offsets of every concealment mark in `file` (empty for code files).
  static func offsets(in file: AnalyzedFile) -> [Int] {
    guard file.source.language == .markdown || file.source.language == .text else { return [] }
    return file.cache.value(slot) {
      let text = file.normalizedText
      let cues = WholeTextInjectionCues.of(file)
      var ranges = cues.all(.secrecyFixed).map(\.range)
      ranges += HiddenCommentInstructionRule.secrecyGrammars.matches(in: text.bytes, anchorMatches: cues.all(.secrecyAnchors))
      ranges += phrases.matches(in: text.bytes).map(\.range)
      return ranges.map { text.originalRange($0).lowerBound }.sorted()
    }
  }

  /// Whether a mark lies in `range` of `file`.
  static func any(in range: Range<Int>, of file: AnalyzedFile) -> Bool {
    let marks = offsets(in: file)
    var lo = 0
    var hi = marks.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if marks[mid] < range.lowerBound { lo = mid + 1 } else { hi = mid }
    }
    return lo < marks.count && marks[lo] < range.upperBound
  }

  private static let slot = CacheSlot<[Int]>("ConcealmentMarks")
}
