public import SkillScanCore

/// Decides whether prose around a match asks for, forbids or merely describes it
/// (taxonomy.md §2.3).
///
/// Security guidance quotes the very phrases rules look for ("never pipe `curl` to `sh`",
/// "treat 'ignore previous instructions' as an attack"). Rules still report those matches,
/// with the polarity this returns, and the verdict discounts them (§6.4). The classifier reads
/// only the sentence or list item holding the match plus the nearest preceding heading, on
/// ASCII-folded bytes, so its cost per finding is bounded.
public enum ProsePolarity {
  /// Longest stretch read on either side of a match when looking for the sentence bounds.
  static let window = 400

  /// The polarity of the text at `range` of `file`.
  ///
  /// Code (a script, or a fenced block) is always affirmative: a fenced block is still code
  /// whatever the sentence before it says (§6.4). The match itself is masked out before cues
  /// are looked for, so a secrecy phrase such as "do not tell the user" is not mistaken for
  /// a negation of itself.
  /// - Parameters:
  ///   - file: the analysed file.
  ///   - range: the matched bytes.
  ///   - argumentsAreInstructions: text inside a quoted value after a key (`hint="…"`,
  ///     `"note": "…"`) is an argument handed to a tool or model, not a quotation, so the
  ///     quoting alone does not make it descriptive. Rules whose matches live in tool
  ///     arguments pass true.
  /// - Returns: `.prohibitive`, `.descriptive` or `.affirmative`.
  ///   - clauseOnly: read only the clause holding the match, from the last `;` before it:
  ///     "don't paste it into the chat; just attach it" orders the attachment. For callers
  ///     that weigh a verb the sentence's other clause may negate on its own.
  public static func classify(
    _ file: AnalyzedFile, at range: Range<Int>, argumentsAreInstructions: Bool = false, clauseOnly: Bool = false
  ) -> Polarity {
    // The region index is a shared view: fetched once here, not once per question (each
    // fetch takes the file cache's lock; a trigger-dense document asks this per match).
    let regions = file.regionIndex
    let region = regions.innermost(at: range.lowerBound)
    if let region, region.kind == .fencedCode || region.kind == .whole,
      file.source.language.isExecutable || region.language.isExecutable
    {
      return .affirmative
    }
    if file.regions.isEmpty && file.source.language.isExecutable { return .affirmative }
    let bounds = enclosingBounds(regions, at: range.lowerBound, count: file.bytes.count)
    var sentence = sentenceRange(in: file.bytes, around: range, within: bounds)
    if clauseOnly, let semicolon = file.bytes[sentence.lowerBound..<min(range.lowerBound, sentence.upperBound)].lastIndex(of: UInt8(ascii: ";")) {
      sentence = (semicolon + 1)..<sentence.upperBound
    }
    let (folded, matchStart) = cueText(file.bytes, sentence, masking: range)
    // Every cue list in one automaton pass over the sentence, read in the order of
    // precedence below.
    let cues = PolarityCues.sentence.allMatches(in: folded)
    if !cues[PolarityCues.Group.descriptiveSubjects].isEmpty { return .descriptive }
    if PolarityCues.prohibits(cues[PolarityCues.Group.prohibitive], in: folded, matchStart: matchStart) { return .prohibitive }
    if let negation = cues[PolarityCues.Group.negations].first, negation.range.lowerBound < matchStart {
      return .prohibitive
    }
    // Only blanks and quoting marks between (`won't `curl …``).
    if let adjacent = cues[PolarityCues.Group.adjacentNegations].last(where: { $0.range.upperBound <= matchStart }),
      matchStart - adjacent.range.upperBound <= 4,
      folded[adjacent.range.upperBound..<matchStart].allSatisfy({ $0 == 0x20 || $0 == 0x60 || $0 == 0x22 || $0 == 0x27 })
    {
      return .prohibitive
    }
    if hasTreatAs(cues[PolarityCues.Group.treatAs], match: matchStart) { return .prohibitive }
    if !cues[PolarityCues.Group.descriptive].isEmpty { return .descriptive }
    if region?.kind == .tableRow { return .descriptive }
    if isQuoted(file.bytes, range, within: sentence),
      !(argumentsAreInstructions && QuotedValue.around(range.lowerBound, in: file.bytes) != nil)
    {
      return .descriptive
    }
    if ListLeadIn.prohibits(file.bytes, itemAt: sentence.lowerBound) { return .prohibitive }
    if followedByBareProhibition(file.bytes, after: sentence.upperBound, within: bounds) { return .prohibitive }
    // A footnote definition (`[^1]: …`) belongs to the place that cites it, not to the
    // section it happens to follow at the end of the document.
    let footnote = bounds.count >= 3 && file.bytes[bounds.lowerBound] == UInt8(ascii: "[") && file.bytes[bounds.lowerBound + 1] == UInt8(ascii: "^")
    if !footnote, let heading = regions.precedingHeading(before: range.lowerBound) {
      // Code and emphasis marks dropped: "What `review` flags" reads as its words.
      var text: [UInt8] = [0x20]
      text.reserveCapacity(heading.count + 2)
      for i in heading where file.bytes[i] != 0x60 && file.bytes[i] != 0x2A { text.append(KeywordFilter.fold(file.bytes[i])) }
      text.append(0x20)
      if PolarityCues.headings.matches(in: text).contains(where: { m in
        // "Team standards (managed — do not edit)" tells maintainers to leave the block
        // alone; it forbids nothing the block says.
        !(PolarityCues.negatedHeadingWords.contains(m.phrase) && PolarityCues.maintenanceNotes.matches(in: text).contains { $0.range.overlaps(m.range) })
      }) {
        return .prohibitive
      }
    }
    return .affirmative
  }

  /// The sentence folded for the cue lists, with the match itself blanked, and where the
  /// match starts in it. Emphasis markers go and blank runs become one space, so
  /// "we do **not** use" and a cue split over a wrapped line read as the plain phrase.
  static func cueText(_ bytes: [UInt8], _ sentence: Range<Int>, masking range: Range<Int>) -> (text: [UInt8], matchStart: Int) {
    var out = [UInt8]()
    out.reserveCapacity(sentence.count + 2)
    out.append(0x20)
    var matchStart = -1
    for i in sentence {
      if i == range.lowerBound { matchStart = out.count }
      var b = range.contains(i) ? 0x20 : KeywordFilter.fold(bytes[i])
      if b == 0x2A || b == 0x09 || b == 0x0A || b == 0x0D { b = 0x20 }
      // `_emphasis_` markers sit at a word's edge; `api_key` keeps its underscore.
      if b == 0x5F, i == sentence.lowerBound || i + 1 == sentence.upperBound
        || !isWordByte(bytes[i - 1]) || !isWordByte(bytes[i + 1])
      {
        b = 0x20
      }
      if b == 0x20, out.last == 0x20, i != range.lowerBound { continue }
      out.append(b)
    }
    out.append(0x20)
    if matchStart < 0 { matchStart = range.lowerBound <= sentence.lowerBound ? 1 : out.count }
    return (out, matchStart)
  }

  private static func isWordByte(_ b: UInt8) -> Bool {
    (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b >= 0x30 && b <= 0x39 || b == 0x5F || b >= 0x80
  }

  /// The polarity at a single byte offset.
  public static func classify(_ file: AnalyzedFile, at offset: Int) -> Polarity {
    classify(file, at: offset..<(offset + 1))
  }

  /// Whether the next sentence in the same block is only a prohibition: "Following a blog
  /// post that says `curl … | sudo bash`. Don't." Reads at most the next 40 bytes.
  static func followedByBareProhibition(_ bytes: [UInt8], after end: Int, within bounds: Range<Int>) -> Bool {
    let limit = min(bounds.upperBound, bytes.count, end + 40)
    var i = end
    while i < limit, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x09 || bytes[i] == 0x0D || bytes[i] == 0x2A || bytes[i] == 0x5F {
      i += 1
    }
    var j = i
    while j < limit, bytes[j] != UInt8(ascii: ".") && bytes[j] != UInt8(ascii: "!") && bytes[j] != 0x0A { j += 1 }
    guard j < limit, j > i, bytes[j] != 0x0A else { return false }
    // The prohibition ends its sentence: the block ends there or a space follows.
    guard j + 1 >= min(bounds.upperBound, bytes.count) || [0x20, 0x0A, 0x09, 0x0D, 0x2A, 0x5F].contains(bytes[j + 1]) else { return false }
    var folded = bytes[i..<j].filter { $0 != 0x2A && $0 != 0x5F }.map(KeywordFilter.fold)
    while let last = folded.last, last == 0x20 || last == 0x09 { folded.removeLast() }
    return PolarityCues.bareProhibitions.contains(String(decoding: folded, as: UTF8.self))
  }

  // MARK: - Sentence and heading

  /// The smallest non-inline region holding `offset` bounds the sentence search (inline code
  /// sits inside its prose paragraph, which is where the negation lives).
  static func enclosingBounds(_ file: AnalyzedFile, at offset: Int) -> Range<Int> {
    enclosingBounds(file.regionIndex, at: offset, count: file.bytes.count)
  }

  /// ``enclosingBounds(_:at:)`` from an index already fetched (`count`: the file's size).
  static func enclosingBounds(_ regions: RegionIndex, at offset: Int, count: Int) -> Range<Int> {
    let block = regions.innermost(at: offset) { region in
      region.kind != .inlineCode && region.kind != .linkTarget && region.kind != .whole
    }
    return block?.range ?? 0..<count
  }

  /// The sentence or list item around `range`: bounded by `. ! ?` plus whitespace, a blank
  /// line, a list marker or heading at a line start, and ``window`` bytes each way.
  static func sentenceRange(in bytes: [UInt8], around range: Range<Int>, within bounds: Range<Int>) -> Range<Int> {
    let lowLimit = max(bounds.lowerBound, range.lowerBound - window)
    let highLimit = min(bounds.upperBound, range.upperBound + window, bytes.count)
    var start = min(range.lowerBound, highLimit)
    while start > lowLimit {
      let b = bytes[start - 1]
      if b == 0x0A {
        if startsNewBlock(bytes, lineStart: start, limit: highLimit) { break }
        if start >= 2, bytes[start - 2] == 0x0A { break }
      } else if isSentenceEnd(bytes, at: start - 1, limit: highLimit) {
        break
      }
      start -= 1
    }
    var end = max(range.upperBound, start)
    while end < highLimit {
      let b = bytes[end]
      if b == 0x0A {
        if end + 1 < highLimit, bytes[end + 1] == 0x0A { break }
        if startsNewBlock(bytes, lineStart: end + 1, limit: highLimit) { break }
      } else if isSentenceEnd(bytes, at: end, limit: highLimit) {
        end += 1
        break
      }
      end += 1
    }
    return start..<max(start, end)
  }

  /// Whether the line at `lineStart` opens a list item, heading, table row or quote.
  static func startsNewBlock(_ bytes: [UInt8], lineStart: Int, limit: Int) -> Bool {
    var i = lineStart
    while i < limit, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
    guard i < limit else { return true }
    switch bytes[i] {
    case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"):
      return i + 1 < limit && bytes[i + 1] == 0x20
    case UInt8(ascii: "#"), UInt8(ascii: "|"), UInt8(ascii: ">"):
      return true
    case UInt8(ascii: "0")...UInt8(ascii: "9"):
      var k = i
      while k < limit, bytes[k] >= 0x30 && bytes[k] <= 0x39 { k += 1 }
      return k < limit && (bytes[k] == UInt8(ascii: ".") || bytes[k] == UInt8(ascii: ")"))
    default:
      return false
    }
  }

  /// A `.`, `!` or `?` followed by whitespace, not part of "e.g." / "i.e." or an ellipsis.
  static func isSentenceEnd(_ bytes: [UInt8], at i: Int, limit: Int) -> Bool {
    let b = bytes[i]
    guard b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") else {
      return false
    }
    guard i + 1 >= limit || bytes[i + 1] == 0x20 || bytes[i + 1] == 0x0A || bytes[i + 1] == 0x09
    else { return false }
    // An ellipsis stands for omitted words, mostly mid-sentence: "never use `curl ... | bash`,
    // `iwr ... | iex` or …" is one sentence, and its negation governs every item.
    if b == UInt8(ascii: "."), i >= 1, bytes[i - 1] == UInt8(ascii: ".") { return false }
    if b == UInt8(ascii: "."), i >= 3 {
      let a = KeywordFilter.fold(bytes[i - 3])
      let c = KeywordFilter.fold(bytes[i - 1])
      if (a == UInt8(ascii: "e") || a == UInt8(ascii: "i")) && bytes[i - 2] == UInt8(ascii: ".")
        && (c == UInt8(ascii: "g") || c == UInt8(ascii: "e"))
      {
        return false
      }
    }
    return true
  }

  /// The byte range of the nearest heading region before `offset`.
  static func precedingHeading(_ file: AnalyzedFile, before offset: Int) -> Range<Int>? {
    file.regionIndex.precedingHeading(before: offset)
  }
}
