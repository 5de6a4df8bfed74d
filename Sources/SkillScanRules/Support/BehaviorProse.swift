import SkillScanCore
import SkillScanLexers

/// One prose block (paragraph, list item, heading, table row, quote) normalised for phrase
/// matching, and the heading section it belongs to.
///
/// Behaviour rules (bias injection, harmful standing instructions, destructive procedures)
/// reason about a *section*: an emphatic heading followed by imperative list items. Keeping
/// the section index on each block lets them aggregate items without re-reading the file.
///
/// A class with constant fields: a dozen rules walk every block of every file, and copying
/// a block value retained and released its half-dozen arrays and strings each time.
final class BehaviorBlock: Sendable {
  let region: Region
  let text: NormalizedText
  /// Index of the heading section (0 before the first heading; each heading opens one).
  let section: Int

  /// Sentence ranges in ``text``, split once when the block is made: six rules walk the
  /// sentences of every block, and splitting again for each was a percent of a prose scan.
  let sentenceRanges: [Range<Int>]

  init(region: Region, text: NormalizedText, section: Int) {
    self.region = region
    self.text = text
    self.section = section
    self.sentenceRanges = Self.split(text.bytes)
  }

  /// Sentence ranges in ``text``: split at `.`, `!`, `?` or `;` followed by a space.
  func sentences() -> [Range<Int>] { sentenceRanges }

  private static func split(_ b: [UInt8]) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var start = 0
    var i = 0
    while i < b.count {
      let c = b[i]
      if (c == 0x2E || c == 0x21 || c == 0x3F || c == 0x3B), i + 1 < b.count, b[i + 1] == 0x20 {
        if i + 1 > start { result.append(start..<(i + 1)) }
        start = i + 2
      }
      i += 1
    }
    if start < b.count { result.append(start..<b.count) }
    return result
  }

  /// The original byte range of a normalised range.
  func original(_ range: Range<Int>) -> Range<Int> { text.originalRange(range) }
}

/// Splits a file's prose into ``BehaviorBlock``s (Markdown prose regions, or a whole text
/// file), in linear time overall.
enum BehaviorProse {
  /// Prose blocks of `file`; code, comments and frontmatter are not prose. With
  /// `includeFences`, fenced blocks are added too (instructions smuggled into a code block
  /// are still read by the agent).
  ///
  /// Normalised once per file: seven rules read the same blocks.
  static func blocks(of file: AnalyzedFile, includeFences: Bool = false) -> [BehaviorBlock] {
    file.cache.value(includeFences ? blocksWithFencesSlot : blocksSlot) { compute(file, includeFences: includeFences) }
  }

  private static func compute(_ file: AnalyzedFile, includeFences: Bool) -> [BehaviorBlock] {
    var result: [BehaviorBlock] = []
    var section = 0
    for region in file.regions {
      switch region.kind {
      case .heading:
        section += 1
      case .prose, .tableRow, .blockquote:
        break
      case .fencedCode where includeFences:
        break
      case .whole where region.language == .text || region.language == .markdown:
        break
      default:
        continue
      }
      let text = file.normalized(region.range)
      guard !text.bytes.isEmpty else { continue }
      result.append(BehaviorBlock(region: region, text: text, section: section))
    }
    return result
  }

  /// Whether `matcher` occurs in `range` of `bytes`, read as a text of its own (in place).
  static func contains(_ matcher: PhraseMatcher, _ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    matcher.containsMatch(in: bytes, range: range)
  }

  /// Whether the slot grammar `sequence` matches in `range` of `bytes`.
  static func contains(_ sequence: PhraseSequence, _ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    sequence.containsMatch(in: Array(bytes[range]))
  }

  /// The first match of `matcher` in `range`, shifted back into `bytes` coordinates.
  static func first(_ matcher: PhraseMatcher, _ bytes: [UInt8], _ range: Range<Int>) -> Range<Int>? {
    guard let m = matcher.matches(in: bytes, range: range).first else { return nil }
    return (m.range.lowerBound + range.lowerBound)..<(m.range.upperBound + range.lowerBound)
  }

  /// Whether the sentence holds an `http(s)://` URL.
  static func hasURL(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    ByteText.contains(range, "http://", in: bytes) || ByteText.contains(range, "https://", in: bytes)
  }

  /// Whether the original text of `range` has a capitalised word that does not open the
  /// sentence or follow a colon (a likely proper noun: a vendor, a country, a party).
  static func hasProperNoun(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    var i = range.lowerBound
    var wordIndex = 0
    var afterBreak = true
    while i < range.upperBound {
      let c = bytes[i]
      if isAlpha(c) {
        let start = i
        while i < range.upperBound && (isAlpha(bytes[i]) || bytes[i] == 0x27) { i += 1 }
        let upper = c >= 0x41 && c <= 0x5A
        let nextLower = start + 1 < i && bytes[start + 1] >= 0x61 && bytes[start + 1] <= 0x7A
        if upper && nextLower && !afterBreak && wordIndex > 0 { return true }
        wordIndex += 1
        afterBreak = false
        continue
      }
      if c == 0x3A || c == 0x2E || c == 0x21 || c == 0x3F || c == 0x0A || c == 0x2D || c == 0x23 {
        afterBreak = true
      }
      i += 1
    }
    return false
  }

  @inline(__always) static func isAlpha(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
}

/// Where a file's behaviour blocks are cached, with and without fenced text.
private let blocksSlot = CacheSlot<[BehaviorBlock]>("BehaviorProse.blocks")
private let blocksWithFencesSlot = CacheSlot<[BehaviorBlock]>("BehaviorProse.blocks+fences")
