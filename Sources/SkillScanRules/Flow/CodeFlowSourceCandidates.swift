import SkillScanCore

/// Where a sensitive source could possibly be, found in one automaton pass over a span.
///
/// ``CodeFlowCues/sources(_:language:)`` classifies tokens with string work (unescaping,
/// lower-casing, fragment lists) that is far too slow to run on every token of a 3 MB minified
/// bundle. Every classification it can make needs one of a small set of byte fragments inside
/// the token (or its dotted chain), so one Aho–Corasick pass marks the offsets where fragments
/// start and only tokens covering such an offset take the slow path. The keyword set is a
/// superset of what the classifiers test, so results are unchanged; string tokens with an
/// escape take the slow path too, because unescaping can reveal a fragment.
struct CodeFlowSourceCandidates {
  /// Sorted start offsets of fragment occurrences.
  private let starts: [Int]

  /// `backwards`: the fragments written backwards (`"slaitnederc-tig."`), for code that
  /// reverses strings at run time.
  init(bytes: [UInt8], range: Range<Int>, backwards: Bool = false) {
    guard !range.isEmpty else {
      starts = []
      return
    }
    let slice = range.count == bytes.count ? bytes : Array(bytes[range])
    let base = range.lowerBound
    var found: [Int] = []
    let filter = backwards ? Self.reversedFilter : Self.filter
    let lengths = backwards ? Self.reversedLengths : Self.lengths
    for hit in filter.positions(in: slice) {
      found.append(base + hit.end - lengths[hit.keyword])
    }
    found.sort()
    starts = found
  }

  /// Whether a fragment starts inside `lower..<upper`.
  func any(in lower: Int, _ upper: Int) -> Bool {
    guard lower < upper else { return false }
    var lo = 0
    var hi = starts.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if starts[mid] < lower { lo = mid + 1 } else { hi = mid }
    }
    return lo < starts.count && starts[lo] < upper
  }

  /// Every fragment a classifier in ``ExfilSources`` or ``CodeFlowCues`` can need.
  static let keywords: [String] = {
    var words = ExfilSources.pathFragments.map(\.0)
    // First segment of each code idiom: an idiom inside a dotted chain implies its first
    // segment inside one of the chain's words.
    words += ExfilSources.codeIdioms.map { String($0.0.split(separator: ".").first ?? Substring($0.0)) }
    words += ExfilSources.commandPrefixes.map { String($0.0.split(separator: " ").first ?? Substring($0.0)) }
    words += [".env", "env", "set", "history", "environ", ".ssh", ".aws", ".gnupg", ".kube", ".azure"]
    words += ["document", "localstorage", "sessionstorage"]
    return Array(Set(words.filter { !$0.isEmpty })).sorted()
  }()

  static let lengths: [Int] = keywords.map(\.utf8.count)
  static let filter = KeywordFilter(keywords: keywords)
  static let reversedKeywords: [String] = keywords.map { String($0.reversed()) }
  static let reversedLengths: [Int] = reversedKeywords.map(\.utf8.count)
  static let reversedFilter = KeywordFilter(keywords: reversedKeywords)
}
