public import SkillScanCore

/// ``ExfilSources/firstMention(in:)`` read on UTF-8 bytes, and an index that answers it for
/// many windows of one large block.
///
/// The exfiltration rule's procedure mode asks for the first source mentioned in the code
/// before every upload command, a window of up to 2,500 bytes each. A 20 MB fence of
/// `cat ~/.ssh/id_rsa | curl …` lines asked it half a million times: 3,000 times the file's
/// bytes, 30 s. ``MentionIndex`` reads a block once and answers each window with binary
/// searches; ``ExfilSources/firstMention(in:range:)`` is the same question read directly,
/// which small blocks use and which the index is tested against.
extension ExfilSources {
  /// Bytes of a snippet read for mentions.
  static let mentionByteLimit = 8192
  /// Words of a snippet read as paths.
  static let mentionWordLimit = 512

  /// Separators between the words read as paths: blanks and line ends, quotes, brackets,
  /// `,` `=` `@` `<` `>` `|` `;`.
  static let mentionSeparatorTable: [Bool] = {
    var table = [Bool](repeating: false, count: 256)
    for b in Array(" \t\n\r'\"`()[],=@<>|;".utf8) { table[Int(b)] = true }
    return table
  }()

  /// The first source mentioned in `bytes[range]` (a code snippet): a code idiom (the first
  /// in list order), else the first command prefix in list order judged at its first
  /// occurrence (standing alone, not inside a longer word), else the first of its first 512
  /// words that names a sensitive path. Reads at most ``mentionByteLimit`` bytes; letters
  /// are compared without regard to ASCII case.
  public static func firstMention(in bytes: [UInt8], range: Range<Int>) -> Match? {
    let r = range.lowerBound..<min(range.upperBound, range.lowerBound + mentionByteLimit)
    return bytes.withUnsafeBufferPointer { buffer -> Match? in
      let text = UnsafeBufferPointer(rebasing: buffer[r])
      var idiom = Int.max
      codeIdiomFilter.forEachPosition(in: text) { keyword, _ in
        idiom = min(idiom, keyword)
        return idiom > 0
      }
      if idiom < codeIdioms.count { return Match(kind: codeIdioms[idiom].1, label: codeIdioms[idiom].2) }
      var firstEnd = [Int](repeating: -1, count: mentionPrefixes.count)
      mentionFilter.forEachPosition(in: text) { keyword, end in
        if firstEnd[keyword] < 0 { firstEnd[keyword] = r.lowerBound + end }
        return true
      }
      for (slot, index) in mentionPrefixes.enumerated() where firstEnd[slot] >= 0 {
        let start = firstEnd[slot] - commandPrefixes[index].0.utf8.count
        if standsAlone(start..<firstEnd[slot], within: r, in: buffer) {
          return Match(kind: commandPrefixes[index].1, label: commandPrefixes[index].2)
        }
      }
      var words = 0
      var start = r.lowerBound
      for i in r.lowerBound...r.upperBound {
        guard i == r.upperBound || mentionSeparatorTable[Int(buffer[i])] else { continue }
        if i > start {
          if let m = classify(word: start..<i, in: buffer) { return m }
          words += 1
          if words == mentionWordLimit { return nil }
        }
        start = i + 1
      }
      return nil
    }
  }

  /// ``classify(path:)`` of one word.
  static func classify(word: Range<Int>, in buffer: UnsafeBufferPointer<UInt8>) -> Match? {
    classify(path: String(decoding: UnsafeBufferPointer(rebasing: buffer[word]), as: UTF8.self))
  }

  /// Whether the text around `match` (inside `window`) continues no word: the scalar before
  /// and the one after are neither letters, digits nor `-`. The window's edges count as
  /// blanks.
  static func standsAlone(_ match: Range<Int>, within window: Range<Int>, in buffer: UnsafeBufferPointer<UInt8>) -> Bool {
    func continuesWord(_ value: UInt32) -> Bool {
      if value < 0x80 { return UTF8Scalar.isWordByte(UInt8(value)) || value == 0x2D }
      guard let scalar = Unicode.Scalar(value) else { return false }
      let c = Character(scalar)
      return c.isLetter || c.isNumber
    }
    if match.lowerBound > window.lowerBound {
      // Back over continuation bytes to the start of the scalar before the match; a scalar
      // the window cuts or a malformed one reads as U+FFFD, which continues no word.
      var lead = match.lowerBound - 1
      while lead > window.lowerBound, lead > match.lowerBound - 4, buffer[lead] & 0xC0 == 0x80 { lead -= 1 }
      let (value, width) = UTF8Scalar.decode(buffer, at: lead)
      if lead + width == match.lowerBound, continuesWord(value) { return false }
    }
    if match.upperBound < window.upperBound {
      let (value, width) = UTF8Scalar.decode(buffer, at: match.upperBound)
      if match.upperBound + width <= window.upperBound, continuesWord(value) { return false }
    }
    return true
  }

  /// Every mention of one block, read once, so that ``firstMention(in:range:)`` of any
  /// window inside the block is a few binary searches.
  struct MentionIndex {
    /// The indexed block.
    let block: Range<Int>
    /// Start offsets of each code idiom, in text order.
    private var idiomStarts: [[Int]]
    /// Start offsets of each mention prefix (``mentionPrefixes`` order), in text order.
    private var prefixStarts: [[Int]]
    /// The block's words (split at the separators), in text order.
    private var wordStarts: [Int] = []
    private var wordEnds: [Int] = []
    /// Words that name a sensitive path: their index in the word lists and what they name.
    private var namingWords: [Int] = []
    private var namingMatches: [Match] = []

    init(_ bytes: [UInt8], block: Range<Int>) {
      self.block = block
      var idioms = [[Int]](repeating: [], count: codeIdioms.count)
      var prefixes = [[Int]](repeating: [], count: mentionPrefixes.count)
      var wordStarts: [Int] = []
      var wordEnds: [Int] = []
      var namingWords: [Int] = []
      var namingMatches: [Match] = []
      bytes.withUnsafeBufferPointer { buffer in
        let text = UnsafeBufferPointer(rebasing: buffer[block])
        codeIdiomFilter.forEachPosition(in: text) { keyword, end in
          idioms[keyword].append(block.lowerBound + end - codeIdioms[keyword].0.utf8.count)
          return true
        }
        mentionFilter.forEachPosition(in: text) { keyword, end in
          prefixes[keyword].append(block.lowerBound + end - commandPrefixes[mentionPrefixes[keyword]].0.utf8.count)
          return true
        }
        var start = block.lowerBound
        for i in block.lowerBound...block.upperBound {
          guard i == block.upperBound || mentionSeparatorTable[Int(buffer[i])] else { continue }
          if i > start {
            if let m = classify(word: start..<i, in: buffer) {
              namingWords.append(wordStarts.count)
              namingMatches.append(m)
            }
            wordStarts.append(start)
            wordEnds.append(i)
          }
          start = i + 1
        }
      }
      idiomStarts = idioms
      prefixStarts = prefixes
      self.wordStarts = wordStarts
      self.wordEnds = wordEnds
      self.namingWords = namingWords
      self.namingMatches = namingMatches
    }

    /// ``ExfilSources/firstMention(in:range:)`` of `window` (inside ``block``).
    func firstMention(in window: Range<Int>, of bytes: [UInt8]) -> Match? {
      let w = window.clamped(to: block)
      let r = w.lowerBound..<min(w.upperBound, w.lowerBound + mentionByteLimit)
      guard !r.isEmpty else { return nil }
      for (k, starts) in idiomStarts.enumerated() {
        let i = Self.firstIndex(in: starts, atOrAfter: r.lowerBound)
        if i < starts.count, starts[i] + codeIdioms[k].0.utf8.count <= r.upperBound {
          return Match(kind: codeIdioms[k].1, label: codeIdioms[k].2)
        }
      }
      return bytes.withUnsafeBufferPointer { buffer -> Match? in
        for (slot, starts) in prefixStarts.enumerated() {
          let index = mentionPrefixes[slot]
          let i = Self.firstIndex(in: starts, atOrAfter: r.lowerBound)
          guard i < starts.count else { continue }
          let match = starts[i]..<(starts[i] + commandPrefixes[index].0.utf8.count)
          // Judged at its first occurrence in the window only, as the direct reading does.
          if match.upperBound <= r.upperBound, standsAlone(match, within: r, in: buffer) {
            return Match(kind: commandPrefixes[index].1, label: commandPrefixes[index].2)
          }
        }
        return words(of: r, in: buffer)
      }
    }

    /// The first naming word among the window's first 512 words; a word the window cuts
    /// is read as the window has it.
    private func words(of r: Range<Int>, in buffer: UnsafeBufferPointer<UInt8>) -> Match? {
      // The first word ending inside the window.
      var first = Self.firstIndex(in: wordEnds, atOrAfter: r.lowerBound + 1)
      guard first < wordEnds.count, wordStarts[first] < r.upperBound else { return nil }
      var read = 0
      if wordStarts[first] < r.lowerBound {
        if let m = classify(word: r.lowerBound..<min(wordEnds[first], r.upperBound), in: buffer) { return m }
        read = 1
        first += 1
      }
      // Words from `first` up to `whole` lie entirely inside the window.
      let whole = Self.firstIndex(in: wordEnds, atOrAfter: r.upperBound + 1)
      let limit = min(whole, first + (mentionWordLimit - read))
      let n = Self.firstIndex(in: namingWords, atOrAfter: first)
      if n < namingWords.count, namingWords[n] < limit { return namingMatches[n] }
      read += max(0, whole - first)
      if read < mentionWordLimit, whole < wordStarts.count, wordStarts[whole] < r.upperBound, wordStarts[whole] >= r.lowerBound {
        return classify(word: wordStarts[whole]..<r.upperBound, in: buffer)
      }
      return nil
    }

    /// The first index of sorted `values` whose value is at least `bound`.
    static func firstIndex(in values: [Int], atOrAfter bound: Int) -> Int {
      var low = 0
      var high = values.count
      while low < high {
        let mid = (low + high) / 2
        if values[mid] < bound { low = mid + 1 } else { high = mid }
      }
      return low
    }
  }
}
