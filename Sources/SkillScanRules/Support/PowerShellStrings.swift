/// Which quoted string of a PowerShell text each byte sits in, for checks that read the
/// text's words on folded bytes.
///
/// A detector's pattern table (`@('\bIEX\b', 'Invoke-Expression', 'DownloadString')`) holds
/// an executor and a fetcher on one line, each alone in its own string: a list of words, not
/// a command. A command written as a string keeps its executor and fetcher together
/// (`iex 'iwr …'` has the fetcher in the string the executor runs; `"iex (iwr …)"` both in
/// one), so two words in *different* strings are never one command.
struct PowerShellStrings {
  /// Start and end offsets of each quoted string, in text order.
  private var spans: [Range<Int>] = []

  /// Scans `text` once: `'…'` (where `''` is a quote) and `"…"` (where a backquote escapes).
  init(_ text: [UInt8]) {
    var i = 0
    while i < text.count {
      let q = text[i]
      // Comments hold prose ("don't"), whose apostrophes open no string: `<# … #>` blocks,
      // and `#` where a token starts, to the end of its line.
      if q == 0x3C, i + 1 < text.count, text[i + 1] == 0x23 {
        var j = i + 2
        while j + 1 < text.count, !(text[j] == 0x23 && text[j + 1] == 0x3E) { j += 1 }
        i = j + 2
        continue
      }
      if q == 0x23, i == 0 || [0x20, 0x09, 0x0A, 0x0D, 0x3B].contains(text[i - 1]) {
        while i < text.count, text[i] != 0x0A { i += 1 }
        continue
      }
      guard q == 0x27 || q == 0x22 else {
        i += 1
        continue
      }
      var j = i + 1
      while j < text.count {
        if q == 0x22 && text[j] == 0x60 {
          j += 2
          continue
        }
        if text[j] == q {
          if q == 0x27 && j + 1 < text.count && text[j + 1] == 0x27 {
            j += 2
            continue
          }
          break
        }
        j += 1
      }
      spans.append(i..<min(j + 1, text.count))
      i = j + 1
    }
  }

  /// The index of the string holding `offset`, or nil outside every string.
  func string(at offset: Int) -> Int? {
    var lo = 0
    var hi = spans.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if spans[mid].upperBound <= offset { lo = mid + 1 } else { hi = mid }
    }
    return lo < spans.count && spans[lo].contains(offset) ? lo : nil
  }

  /// Whether the two offsets sit in two different strings (separate words of a list).
  func inSeparateStrings(_ a: Int, _ b: Int) -> Bool {
    guard let x = string(at: a), let y = string(at: b) else { return false }
    return x != y
  }

  /// `text` with each `'…' + '…'` (or `"…" + "…"`) join removed, so the two literals read as
  /// one, and for each byte kept its offset in `text`.
  static func joiningLiterals(_ text: [UInt8]) -> (joined: [UInt8], origin: [Int]) {
    let strings = PowerShellStrings(text)
    var skip: [Range<Int>] = []
    for (index, span) in strings.spans.enumerated() where index + 1 < strings.spans.count {
      let close = span.upperBound - 1
      let next = strings.spans[index + 1].lowerBound
      guard close > span.lowerBound, text[close] == text[span.lowerBound], text[next] == text[span.lowerBound] else { continue }
      var i = close + 1
      while i < next, text[i] == 0x20 || text[i] == 0x09 { i += 1 }
      guard i < next, text[i] == 0x2B else { continue }
      i += 1
      while i < next, text[i] == 0x20 || text[i] == 0x09 { i += 1 }
      if i == next { skip.append(close..<(next + 1)) }
    }
    guard !skip.isEmpty else { return (text, Array(text.indices)) }
    var joined: [UInt8] = []
    var origin: [Int] = []
    joined.reserveCapacity(text.count)
    origin.reserveCapacity(text.count)
    var k = 0
    for i in text.indices {
      while k < skip.count, skip[k].upperBound <= i { k += 1 }
      if k < skip.count, skip[k].contains(i) { continue }
      joined.append(text[i])
      origin.append(i)
    }
    return (joined, origin)
  }
}
