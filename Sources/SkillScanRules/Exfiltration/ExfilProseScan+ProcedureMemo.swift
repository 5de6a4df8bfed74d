import SkillScanCore

/// What procedure mode reads once per file instead of once per upload.
///
/// Every upload reads a window of about 3 KB around it. A document of many uploads (a 20 MB
/// fence of `curl` lines has half a million) read its text thousands of times over: the
/// windows' trigger words, the source mentions of the code in them, and the class of the
/// same host. These are read once per file or block here and each window is answered by
/// binary searches.
extension ExfilProseScan {
  struct ProcedureMemo {
    /// Standing and recurring trigger phrases of the whole file, as original byte ranges.
    let standing: PhraseOccurrences
    let recurring: PhraseOccurrences
    /// Mention indexes of large code blocks, by region index.
    var mentionIndexes: [Int: ExfilSources.MentionIndex] = [:]
    /// The collected-data noun of prose regions read whole, by region index.
    var proseNouns: [Int: String?] = [:]
    /// The first source mention of short code blocks read whole, by region index.
    var codeMentions: [Int: ExfilSources.Match?] = [:]
    var hostClasses: [String: ExfilHosts.HostClass] = [:]

    /// Blocks at least this long are indexed; a shorter one costs less to read per window.
    static let indexedBlock = 4096

    init(file: AnalyzedFile) {
      let normalized = TextNormalizer.normalize(file.bytes)
      standing = PhraseOccurrences(ExfilVocabulary.standingTriggers, in: normalized)
      recurring = PhraseOccurrences(ExfilVocabulary.recurringTriggers, in: normalized)
    }

    mutating func hostClass(_ host: String) -> ExfilHosts.HostClass {
      if let known = hostClasses[host] { return known }
      let value = ExfilHosts.classify(host)
      hostClasses[host] = value
      return value
    }
  }

  /// Where a phrase set occurs in a file, so that "does a window hold one" is a binary search.
  struct PhraseOccurrences {
    /// Original start offsets, ascending.
    private var starts: [Int] = []
    /// `nearestEnd[i]`: the smallest original end among occurrences `i…`.
    private var nearestEnd: [Int] = []

    init(_ matcher: PhraseMatcher, in text: NormalizedText) {
      let ranges = matcher.allMatches(in: text.bytes).map { text.originalRange($0.range) }.sorted { $0.lowerBound < $1.lowerBound }
      starts = ranges.map(\.lowerBound)
      nearestEnd = ranges.map(\.upperBound)
      var i = nearestEnd.count - 2
      while i >= 0 {
        nearestEnd[i] = min(nearestEnd[i], nearestEnd[i + 1])
        i -= 1
      }
    }

    /// Whether some occurrence lies wholly inside `window`.
    func occurs(within window: Range<Int>) -> Bool {
      let i = ExfilSources.MentionIndex.firstIndex(in: starts, atOrAfter: window.lowerBound)
      return i < starts.count && nearestEnd[i] <= window.upperBound
    }
  }
}
