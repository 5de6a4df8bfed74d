import SkillScanCore

/// Inline regions inside one Markdown block: code spans, link targets, autolinks and inline
/// HTML comments. Linear: backtick runs are paired through per-length queues, link targets
/// are bounded in length, and a missing `-->` stops the comment search for the block.
enum MarkdownInline {
  static let maxLinkLength = 4096

  /// Appends the inline regions of `range`, sorted, to `out`. `directives` (sorted starts of
  /// load-time directives) suppresses code spans that are directives themselves.
  static func scan(_ range: Range<Int>, _ bytes: [UInt8], skipping directives: [Int], into out: inout [Region]) {
    let spans = codeSpans(range, bytes)
    var code: [Region] = []
    for span in spans where !sortedContains(directives, span.lowerBound) {
      code.append(
        Region(
          kind: .inlineCode, language: .text, context: .example, range: span,
          tokens: ShellLexer.tokenize(bytes, in: span)))
    }
    var others: [Region] = []
    defer { mergeSorted(code, others, into: &out) }
    var spanIndex = 0
    var i = range.lowerBound
    var commentsPossible = true
    while i < range.upperBound {
      while spanIndex < spans.count && spans[spanIndex].upperBound <= i { spanIndex += 1 }
      if spanIndex < spans.count && spans[spanIndex].lowerBound - 1 <= i && i < spans[spanIndex].upperBound + 1 {
        i = spans[spanIndex].upperBound + 1
        continue
      }
      let c = bytes[i]
      if c == 0x5D, i + 1 < range.upperBound, bytes[i + 1] == 0x28 {
        i = link(i + 2, range.upperBound, bytes, &others)
      } else if c == 0x3C {
        if commentsPossible, i + 3 < range.upperBound, bytes[i + 1] == 0x21, bytes[i + 2] == 0x2D, bytes[i + 3] == 0x2D {
          if let close = commentClose(i + 4, range.upperBound, bytes) {
            others.append(Region(kind: .htmlComment, language: .text, context: .description, range: (i + 4)..<close))
            i = close + 3
          } else {
            commentsPossible = false
            i += 4
          }
        } else {
          i = autolink(i + 1, range.upperBound, bytes, &others)
        }
      } else {
        i += 1
      }
    }
  }

  /// Appends two start-sorted lists to `out` in start order.
  private static func mergeSorted(_ a: [Region], _ b: [Region], into out: inout [Region]) {
    if b.isEmpty { return out.append(contentsOf: a) }
    if a.isEmpty { return out.append(contentsOf: b) }
    var i = 0
    var j = 0
    while i < a.count || j < b.count {
      if j == b.count || (i < a.count && a[i].range.lowerBound <= b[j].range.lowerBound) {
        out.append(a[i])
        i += 1
      } else {
        out.append(b[j])
        j += 1
      }
    }
  }

  static func sortedContains(_ a: [Int], _ x: Int) -> Bool {
    var lo = 0
    var hi = a.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if a[mid] < x { lo = mid + 1 } else { hi = mid }
    }
    return lo < a.count && a[lo] == x
  }

  /// Content ranges of code spans (one surrounding space stripped when on both sides).
  static func codeSpans(_ range: Range<Int>, _ bytes: [UInt8]) -> [Range<Int>] {
    var runs: [(start: Int, length: Int)] = []
    var i = range.lowerBound
    while i < range.upperBound {
      if bytes[i] == 0x5C {
        i += 2
        continue
      }
      guard bytes[i] == 0x60 else {
        i += 1
        continue
      }
      let s = i
      while i < range.upperBound && bytes[i] == 0x60 { i += 1 }
      runs.append((s, i - s))
    }
    guard runs.count >= 2 else { return [] }
    if runs.count <= 16 { return pairSmall(runs, bytes) }
    var byLength: [Int: [Int]] = [:]
    for (index, run) in runs.enumerated() { byLength[run.length, default: []].append(index) }
    var cursor: [Int: Int] = [:]
    var spans: [Range<Int>] = []
    var k = 0
    while k < runs.count {
      let len = runs[k].length
      guard let list = byLength[len] else { break }
      var p = cursor[len] ?? 0
      while p < list.count && list[p] <= k { p += 1 }
      cursor[len] = p
      guard p < list.count else {
        k += 1
        continue
      }
      let closer = list[p]
      if let span = content(runs[k], runs[closer], bytes) { spans.append(span) }
      k = closer + 1
    }
    return spans
  }

  /// Pairs few runs directly (the common case), avoiding the per-length tables.
  private static func pairSmall(_ runs: [(start: Int, length: Int)], _ bytes: [UInt8]) -> [Range<Int>] {
    var spans: [Range<Int>] = []
    var k = 0
    while k < runs.count {
      var closer = k + 1
      while closer < runs.count && runs[closer].length != runs[k].length { closer += 1 }
      guard closer < runs.count else {
        k += 1
        continue
      }
      if let span = content(runs[k], runs[closer], bytes) { spans.append(span) }
      k = closer + 1
    }
    return spans
  }

  /// A span's content between an opening and a closing run.
  private static func content(_ open: (start: Int, length: Int), _ close: (start: Int, length: Int), _ bytes: [UInt8]) -> Range<Int>? {
    var lo = open.start + open.length
    var hi = close.start
    if hi - lo >= 2 && bytes[lo] == 0x20 && bytes[hi - 1] == 0x20 {
      lo += 1
      hi -= 1
    }
    return hi > lo ? lo..<hi : nil
  }

  /// Link destination after `](` at `i`; returns where scanning continues.
  private static func link(_ i: Int, _ end: Int, _ bytes: [UInt8], _ out: inout [Region]) -> Int {
    var s = i
    while s < end && bytes[s] == 0x20 { s += 1 }
    let angle = s < end && bytes[s] == 0x3C
    if angle { s += 1 }
    var k = s
    var level = 0
    let limit = min(end, s + maxLinkLength)
    while k < limit {
      let c = bytes[k]
      if angle ? c == 0x3E : (c == 0x20 || c == 0x0A || c == 0x09) { break }
      if c == 0x28 { level += 1 } else if c == 0x29 {
        if level == 0 { break }
        level -= 1
      }
      k += 1
    }
    if k > s { out.append(Region(kind: .linkTarget, language: .text, context: .description, range: s..<k)) }
    return max(k, i)
  }

  /// Autolink `<scheme:…>` at `i` (after `<`).
  private static func autolink(_ i: Int, _ end: Int, _ bytes: [UInt8], _ out: inout [Region]) -> Int {
    var k = i
    while k < end && k - i < 32 && (ByteClass.isAlpha(bytes[k]) || bytes[k] == 0x2B || bytes[k] == 0x2E || bytes[k] == 0x2D) { k += 1 }
    guard k - i >= 2, k < end, bytes[k] == 0x3A else { return i }
    let limit = min(end, i + maxLinkLength)
    while k < limit && bytes[k] != 0x3E && bytes[k] != 0x20 && bytes[k] != 0x3C && bytes[k] != 0x0A { k += 1 }
    guard k < end, bytes[k] == 0x3E else { return i }
    out.append(Region(kind: .linkTarget, language: .text, context: .description, range: i..<k))
    return k + 1
  }

  /// The offset of `-->` in `from..<end`, or nil.
  static func commentClose(_ from: Int, _ end: Int, _ bytes: [UInt8]) -> Int? {
    var k = from
    while k + 2 < end {
      if bytes[k] == 0x2D && bytes[k + 1] == 0x2D && bytes[k + 2] == 0x3E { return k }
      k += 1
    }
    return nil
  }
}
