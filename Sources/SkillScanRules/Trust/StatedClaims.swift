import SkillScanCore
import SkillScanLexers

/// Explicit negative claims a skill makes about itself ("without any network access",
/// "does not modify any files", "read-only: … makes no changes to disk"), in `SKILL.md` or in
/// a script's own docstrings and comments.
///
/// Only first-person statements of absence count. A line that talks *about* claims (a
/// reviewer's checklist: "flag skills that claim 'no network access'") or quotes the phrase
/// is not the skill's own claim.
enum StatedClaims {
  enum Kind: Sendable { case noNetwork, noModification }

  struct Claim: Sendable {
    var kind: Kind
    /// The phrase as written, for the message.
    var phrase: String
    var file: String
    var line: Int
    /// Byte offset of the phrase in its file.
    var offset: Int = 0
  }

  static let noNetwork = [
    "without any network access", "without network access", "no network access", "no network calls",
    "no network requests", "makes no network", "does not access the network", "doesn't access the network",
    "never accesses the network", "no data leaves", "nothing leaves the machine", "no external api calls",
    "no internet access", "runs entirely offline", "works fully offline", "completely offline",
  ]
  static let noModification = [
    "does not modify any file", "does not modify files", "doesn't modify any file", "never modifies any file", "never modifies the",
    "makes no changes to disk", "no changes to disk", "nothing is written or deleted", "never writes to disk",
    "does not write to disk", "does not delete", "never deletes", "read-only operation", "read-only:",
  ]
  /// Words that make a line a statement about claims rather than a claim.
  static let meta = ["claim", "flag ", "detect", "suspicious", "mismatch", "e.g.", "example"]

  /// Claims of `skill`'s `SKILL.md` and of its non-fixture scripts (first of each kind per file).
  static func claims(in skill: AnalyzedSkill) -> [Claim] {
    skill.cache.value(skillClaimsSlot) {
      var result: [Claim] = []
      for file in skill.files.prefix(64) where file.bytes.count <= 1 << 20 {
        let isSkillFile = file.path == skill.bundle.skillFile?.path
        guard isSkillFile || (file.source.kind == .script && !file.source.isFixturePath) else { continue }
        result += claims(in: file)
      }
      return result
    }
  }

  /// Claims in `file` (or in `range` of it: a fenced block's own comments).
  ///
  /// One automaton pass over the lower-cased span finds every phrase; per kind the claim is
  /// the earliest-listed phrase that occurs as the skill's own statement, at its first such
  /// occurrence.
  static func claims(in file: AnalyzedFile, range: Range<Int>? = nil) -> [Claim] {
    let whole = 0..<file.bytes.count
    let span = (range ?? whole).clamped(to: whole)
    // Offsets in `lowered` are relative to the span; bytes outside it act as line ends.
    let lowered = file.bytes[span].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    var best: [Int: (phrase: Int, offset: Int)] = [:]
    phraseFilter.forEachPosition(in: lowered) { index, end in
      let kind = index < noNetwork.count ? 0 : 1
      let start = end - phraseLengths[index]
      if let current = best[kind], current.phrase <= index { return true }
      if isOwnClaim(lowered, at: start, markdown: file.source.language == .markdown) { best[kind] = (index, start) }
      return true
    }
    var result: [Claim] = []
    for (key, kind) in [(0, Kind.noNetwork), (1, .noModification)] {
      guard let hit = best[key] else { continue }
      let phrase = allPhrases[hit.phrase]
      let line = file.source.lines.position(of: span.lowerBound + hit.offset, in: file.bytes).line
      result.append(
        Claim(
          kind: kind, phrase: phrase.hasSuffix(":") ? String(phrase.dropLast()) : phrase, file: file.path, line: line,
          offset: span.lowerBound + hit.offset))
    }
    return result
  }

  /// Every own claim in `file`, in order: where each one stands decides how far it reaches
  /// (``ScopedClaims``).
  static func occurrences(in file: AnalyzedFile) -> [Claim] {
    file.cache.value(occurrencesSlot) {
      let lowered = file.bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
      var result: [Claim] = []
      phraseFilter.forEachPosition(in: lowered) { index, end in
        let start = end - phraseLengths[index]
        guard isOwnClaim(lowered, at: start, markdown: file.source.language == .markdown) else { return true }
        let phrase = allPhrases[index]
        result.append(
          Claim(
            kind: index < noNetwork.count ? .noNetwork : .noModification,
            phrase: phrase.hasSuffix(":") ? String(phrase.dropLast()) : phrase, file: file.path,
            line: file.source.lines.line(of: start), offset: start))
        return true
      }
      return result
    }
  }

  static let allPhrases = noNetwork + noModification
  static let phraseFilter = KeywordFilter(keywords: allPhrases)
  static let phraseLengths = allPhrases.map(\.utf8.count)

  /// Not quoted, and not on a line that discusses claims.
  static func isOwnClaim(_ lowered: [UInt8], at offset: Int, markdown: Bool = false) -> Bool {
    if offset > 0, [UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "`")].contains(lowered[offset - 1]) {
      return false
    }
    var lo = offset
    while lo > 0, lowered[lo - 1] != 0x0A, offset - lo < 400 { lo -= 1 }
    var hi = offset
    while hi < lowered.count, lowered[hi] != 0x0A, hi - offset < 400 { hi += 1 }
    let line = Array(lowered[lo..<hi])
    if meta.contains(where: { ByteSearch.firstIndex(of: Array($0.utf8), in: line, from: 0) != nil }) { return false }
    return !scopedToAMode(lowered, at: offset, line: lo..<hi, markdown: markdown)
  }

  /// Whether the claim's sentence limits it to one mode or default ("The default mode is
  /// completely offline", "In preview mode no data leaves", "no network calls unless you
  /// pass --publish"): a statement about part of the skill, which the other mode's network
  /// code does not contradict.
  static func scopedToAMode(_ lowered: [UInt8], at offset: Int, line: Range<Int>, markdown: Bool) -> Bool {
    var start = offset
    while start > line.lowerBound, !(lowered[start - 1] == 0x20 && start >= 2 && [0x2E, 0x21, 0x3F].contains(lowered[start - 2])) {
      start -= 1
    }
    var end = offset
    while end < line.upperBound, !([0x2E, 0x21, 0x3F].contains(lowered[end]) && (end + 1 == line.upperBound || lowered[end + 1] == 0x20)) {
      end += 1
    }
    let before = Array(lowered[start..<offset])
    let after = Array(lowered[offset..<end])
    if scopeBefore.contains(where: { ByteSearch.contains(before, $0) }) || scopeAfter.contains(where: { ByteSearch.contains(after, $0) }) {
      return true
    }
    // Under a Markdown heading that names a mode ("## Mode 1: preview (default, offline)"),
    // read from the nearest heading line within 4 KiB above (in a script, `#` opens a comment).
    guard markdown else { return false }
    var lineStart = line.lowerBound
    while lineStart > 0, line.lowerBound - lineStart < 4_096 {
      var previous = lineStart - 1
      while previous > 0, lowered[previous - 1] != 0x0A { previous -= 1 }
      lineStart = previous
      guard lowered[lineStart] == UInt8(ascii: "#") else { continue }
      var headingEnd = lineStart
      while headingEnd < lowered.count, lowered[headingEnd] != 0x0A { headingEnd += 1 }
      let heading = Array(lowered[lineStart..<headingEnd])
      return scopeHeadings.contains { ByteSearch.contains(heading, $0) }
    }
    return false
  }

  static let scopeHeadings: [[UInt8]] = [" mode", "default", "preview", "dry run", "dry-run"].map { Array($0.utf8) }

  static let scopeBefore: [[UInt8]] = ["default", " mode", "preview", "dry run", "dry-run", "offline mode", "by default"].map { Array($0.utf8) }
  static let scopeAfter: [[UInt8]] = [" unless ", " until ", " except ", " by default", " in this mode", " in preview", " mode)"].map { Array($0.utf8) }
}

/// Where a skill's claims and a file's claim occurrences are cached.
private let skillClaimsSlot = CacheSlot<[StatedClaims.Claim]>("StatedClaims.claims")
private let occurrencesSlot = CacheSlot<[StatedClaims.Claim]>("StatedClaims.occurrences")
