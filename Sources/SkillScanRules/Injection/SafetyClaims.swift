import SkillScanCore
import SkillScanLexers

/// Positive safety promises a skill makes about the very operation an injectable sink
/// performs: "a safe calculator for mathematical expressions", "query databases safely with
/// parameterized statements", "reads files from the documents directory with validation".
///
/// Read only where the skill states its purpose (``StatedPurpose``) or in the script's own
/// module docstring, one sentence at a time. A safety word counts as a whole word ("unsafe"
/// does not), not negated ("not safe", "never sanitized"), on a line that does not discuss
/// claims, and only for the sink kinds whose topic the same sentence names.
enum SafetyClaims {
  struct Claim: Sendable {
    var phrase: String
    var file: String
    var line: Int
    var topics: Set<InjectionSinks.Kind>
  }

  static let safetyWords = [
    "safe", "safely", "secure", "securely", "sandboxed", "parameterized", "parametrized", "parameterised",
    "sanitized", "sanitised", "validated", "validation", "injection-safe", "injection-proof",
  ]
  static let topics: [(InjectionSinks.Kind, [String])] = [
    (.code, ["evaluat", "calculat", "expression", "formula", "math", "arithmetic", "code"]),
    (.command, ["command", "shell"]),
    (.sql, ["sql", "query", "queries", "database", "statement"]),
    (.path, ["file", "path", "director", "folder", "document"]),
  ]
  static let topicBytes: [(InjectionSinks.Kind, [[UInt8]])] = topics.map { ($0.0, $0.1.map { Array($0.utf8) }) }
  static let negations = ["not ", "never ", "isn't ", "no ", "without "]

  /// Safety claims of `skill`'s `SKILL.md` (its stated purpose).
  static func claims(in skill: AnalyzedSkill) -> [Claim] {
    skill.cache.value(skillClaimsSlot) {
      guard let md = skill.skillFile else { return [] }
      // Only the topics of sinks the skill has: a promise about anything else contradicts
      // nothing, and reading past it would cost a sentence-by-sentence pass for nothing.
      let needed = Set(InjectionSinks.sinks(in: skill).map(\.kind))
      guard !needed.isEmpty else { return [] }
      return StatedPurpose.spans(of: md).flatMap { claims(in: md, span: $0, needed: needed) }
    }
  }

  /// Safety claims of a script's module docstring and header comments (or of a fence's).
  static func moduleClaims(in file: AnalyzedFile, span: Range<Int>) -> [Claim] {
    file.cache.value(moduleClaimsSlot, part: span.lowerBound) {
      let language = file.source.language == .markdown ? (file.region(at: span.lowerBound)?.language ?? .markdown) : file.source.language
      guard language == .python || language == .javascript,
        let region = file.regions.first(where: { $0.range.lowerBound == span.lowerBound && !$0.tokens.isEmpty })
          ?? file.regions.first(where: { $0.kind == .whole && !$0.tokens.isEmpty })
      else { return [] }
      let s = file.flowFacts(region.tokens, language: language).statements
      var k = 0
      while k < s.tokens.count, !s.significant(k) { k += 1 }
      let end = k < s.tokens.count ? (s.tokens[k].kind == .string ? s.tokens[k].range.upperBound : s.tokens[k].range.lowerBound) : span.upperBound
      return claims(in: file, span: span.lowerBound..<min(end, span.upperBound), needed: Set(InjectionSinks.Kind.allCases))
    }
  }

  static let safetyMatcher = PhraseMatcher(safetyWords)

  /// The first claim per topic in one span.
  ///
  /// One automaton pass finds the safety words; only the sentences around them are read,
  /// each once, and the pass stops once every topic has its claim, so a document with a
  /// safety word on every line stays linear.
  static func claims(in file: AnalyzedFile, span: Range<Int>, needed: Set<InjectionSinks.Kind>) -> [Claim] {
    let span = span.clamped(to: 0..<file.bytes.count)
    let lowered = file.bytes[span].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    var result: [Claim] = []
    var covered = Set<InjectionSinks.Kind>()
    var readUpTo = 0
    for match in safetyMatcher.matches(in: lowered) where match.range.lowerBound >= readUpTo {
      let sentence = sentenceBounds(lowered, around: match.range)
      readUpTo = sentence.upperBound
      let wanted = needed.subtracting(covered)
      guard var claim = claim(in: file, (span.lowerBound + sentence.lowerBound)..<(span.lowerBound + sentence.upperBound), lowered: Array(lowered[sentence]), topics: wanted)
      else { continue }
      claim.topics.subtract(covered)
      guard !claim.topics.isEmpty else { continue }
      covered.formUnion(claim.topics)
      result.append(claim)
      if covered.isSuperset(of: needed) { break }
    }
    return result
  }

  /// The sentence holding `range`: from the previous line end or sentence stop to the next.
  static func sentenceBounds(_ text: [UInt8], around range: Range<Int>) -> Range<Int> {
    func isStop(_ i: Int) -> Bool {
      let b = text[i]
      if b == 0x0A { return true }
      guard b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: ";") else { return false }
      return i + 1 >= text.count || text[i + 1] == 0x20 || text[i + 1] == 0x0A
    }
    var lo = range.lowerBound
    while lo > 0, !isStop(lo - 1) { lo -= 1 }
    var hi = range.upperBound
    while hi < text.count, !isStop(hi) { hi += 1 }
    return lo..<hi
  }

  /// The claim a sentence makes about one of `wanted`'s topics: the topic test on bytes
  /// first, the rest only for sentences that pass it.
  static func claim(in file: AnalyzedFile, _ sentence: Range<Int>, lowered: [UInt8], topics wanted: Set<InjectionSinks.Kind>) -> Claim? {
    let found = Set(topicBytes.filter { kind, cues in wanted.contains(kind) && cues.contains { ByteSearch.firstIndex(of: $0, in: lowered) != nil } }.map(\.0))
    guard !found.isEmpty else { return nil }
    guard safetyWords.contains(where: { wholeWord($0, in: lowered) }) else { return nil }
    guard StatedClaims.isOwnClaim(lowered, at: 0) else { return nil }
    var bytes = file.bytes[sentence]
    while let b = bytes.first, b == 0x20 || b == 0x09 || b == 0x0D { bytes = bytes.dropFirst() }
    while let b = bytes.last, b == 0x20 || b == 0x09 || b == 0x0D { bytes = bytes.dropLast() }
    // The frontmatter key is not part of the promise.
    if bytes.starts(with: Array("description:".utf8)) { bytes = bytes.dropFirst(12) }
    while let b = bytes.first, b == 0x20 || b == 0x09 { bytes = bytes.dropFirst() }
    let trimmed = String(decoding: bytes, as: UTF8.self)
    return Claim(
      phrase: String(trimmed.prefix(120)), file: file.path, line: file.source.lines.line(of: sentence.lowerBound),
      topics: found)
  }

  /// `word` as a whole word, not preceded by a negation.
  static func wholeWord(_ word: String, in text: [UInt8]) -> Bool {
    let needle = Array(word.utf8)
    var from = 0
    while let at = ByteSearch.firstIndex(of: needle, in: text, from: from) {
      from = at + 1
      let before = at > 0 ? text[at - 1] : 0x20
      let after = at + needle.count < text.count ? text[at + needle.count] : 0x20
      guard !isLetter(before), !isLetter(after) else { continue }
      let prefix = String(decoding: text[max(0, at - 9)..<at], as: UTF8.self)
      if negations.contains(where: { prefix.hasSuffix($0) }) { continue }
      return true
    }
    return false
  }

  static func isLetter(_ b: UInt8) -> Bool { (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b == UInt8(ascii: "-") }

  /// The claim a sink contradicts: one whose topics include the sink's kind, in `SKILL.md`'s
  /// stated purpose or the sink's own module docstring.
  /// Fenced code in `SKILL.md` is documentation as much as code: only the fence's own
  /// docstring counts for it.
  static func contradicted(by sink: InjectionSinks.Sink, in skill: AnalyzedSkill) -> Claim? {
    guard let file = skill.files.first(where: { $0.path == sink.file }) else { return nil }
    if let fence = sink.fence { return moduleClaims(in: file, span: fence).first { $0.topics.contains(sink.kind) } }
    if let claim = claims(in: skill).first(where: { $0.topics.contains(sink.kind) }) { return claim }
    return moduleClaims(in: file, span: 0..<file.bytes.count).first { $0.topics.contains(sink.kind) }
  }
}

/// Where a skill's and a module's safety claims are cached.
private let skillClaimsSlot = CacheSlot<[SafetyClaims.Claim]>("SafetyClaims.skill")
private let moduleClaimsSlot = CacheSlot<[SafetyClaims.Claim]>("SafetyClaims.module")
