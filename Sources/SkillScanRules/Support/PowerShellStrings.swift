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
}
