import SkillScanCore

/// Splits frontmatter YAML into its top-level `key: value` entries by looking at column 0.
///
/// When the document as a whole does not parse, each entry is parsed alone, so one bad key
/// (an unquoted colon, JSON5 metadata, a duplicate) does not hide the others. The same split
/// backs OpenClaw's single-line fallback: `name` and `description` survive even when nothing
/// parses. Linear in the text; works on bytes.
struct TopLevelEntries {
  struct Entry {
    var key: String
    /// 0-based line of the key, relative to the YAML text.
    var line: Int
    /// Bytes of the whole entry: the key line plus its continuation lines.
    var range: Range<Int>
    /// Bytes after the `:` on the key line, trimmed.
    var inlineValue: Range<Int>
    /// Continuation lines that are not blank or comments.
    var continuationLines: [Range<Int>]
  }

  var entries: [Entry] = []
  /// 0-based line of the first line before any key that is neither blank nor a comment.
  var strayLine: Int?

  init(_ bytes: [UInt8]) {
    var start = 0
    var line = 0
    // Open `{`/`[` of a multi-line flow value: its lines belong to the entry, even at column 0.
    var flowDepth = 0
    while start < bytes.count {
      var end = start
      while end < bytes.count, bytes[end] != 0x0A { end += 1 }
      let next = end < bytes.count ? end + 1 : end
      var content = end
      if content > start, bytes[content - 1] == 0x0D { content -= 1 }
      if flowDepth == 0 || Self.isPlainKeyLine(bytes, start..<content),
        let (key, value) = Self.keyLine(bytes, start..<content)
      {
        entries.append(
          Entry(key: key, line: line, range: start..<next, inlineValue: value, continuationLines: []))
        flowDepth = Self.flowBalance(bytes, value, from: 0)
      } else if !Self.isTrivia(bytes, start..<content) {
        if entries.isEmpty {
          if strayLine == nil { strayLine = line }
        } else {
          entries[entries.count - 1].continuationLines.append(start..<content)
          if flowDepth > 0 { flowDepth = Self.flowBalance(bytes, start..<content, from: flowDepth) }
        }
      }
      if let last = entries.indices.last {
        entries[last].range = entries[last].range.lowerBound..<next
      }
      start = next
      line += 1
    }
  }

  /// Bracket depth after `range`, starting from `depth`; quoted text is skipped. Only a value
  /// that opens with `{` or `[` starts counting, so prose with brackets stays one line.
  static func flowBalance(_ bytes: [UInt8], _ range: Range<Int>, from depth: Int) -> Int {
    if depth == 0 {
      guard let first = range.first.map({ bytes[$0] }),
        first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
      else { return 0 }
    }
    var depth = depth
    var quote: UInt8?
    var i = range.lowerBound
    while i < range.upperBound {
      let b = bytes[i]
      if let q = quote {
        if b == UInt8(ascii: "\\") && q == UInt8(ascii: "\"") {
          i += 1
        } else if b == q {
          quote = nil
        }
      } else if b == UInt8(ascii: "\"") || (b == UInt8(ascii: "'") && opensQuote(bytes, i, range)) {
        quote = b
      } else if b == UInt8(ascii: "{") || b == UInt8(ascii: "[") {
        depth += 1
      } else if b == UInt8(ascii: "}") || b == UInt8(ascii: "]") {
        depth -= 1
        if depth <= 0 { return 0 }
      }
      i += 1
    }
    return depth
  }

  /// A line that opens a top-level entry: at column 0, a plain or quoted key, then `:` and a
  /// blank or the end of the line. Returns the key and the trimmed inline value.
  static func keyLine(_ bytes: [UInt8], _ range: Range<Int>) -> (String, Range<Int>)? {
    guard let first = range.first.map({ bytes[$0] }) else { return nil }
    switch first {
    case 0x20, 0x09, UInt8(ascii: "#"), UInt8(ascii: "-"), UInt8(ascii: "}"), UInt8(ascii: "]"),
      UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: ","), UInt8(ascii: "?"),
      UInt8(ascii: ":"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "%"),
      UInt8(ascii: "@"), UInt8(ascii: "`"):
      return nil
    default: break
    }
    var i = range.lowerBound
    var keyRange: Range<Int>
    if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
      i += 1
      while i < range.upperBound, bytes[i] != first { i += bytes[i] == UInt8(ascii: "\\") && first == UInt8(ascii: "\"") ? 2 : 1 }
      guard i < range.upperBound else { return nil }
      keyRange = (range.lowerBound + 1)..<i
      i += 1
      while i < range.upperBound, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
      guard i < range.upperBound, bytes[i] == UInt8(ascii: ":") else { return nil }
    } else {
      while i < range.upperBound {
        if bytes[i] == UInt8(ascii: ":"),
          i + 1 == range.upperBound || bytes[i + 1] == 0x20 || bytes[i + 1] == 0x09
        {
          break
        }
        i += 1
      }
      if i == range.upperBound {
        // `key:value` without a blank: YAML reads one scalar, OpenClaw's line fallback a key.
        var j = range.lowerBound
        while j < range.upperBound, isKeyByte(bytes[j]) { j += 1 }
        guard j > range.lowerBound, j < range.upperBound, bytes[j] == UInt8(ascii: ":") else {
          return nil
        }
        i = j
      }
      keyRange = range.lowerBound..<i
      while keyRange.count > 0, bytes[keyRange.upperBound - 1] == 0x20 || bytes[keyRange.upperBound - 1] == 0x09 {
        keyRange = keyRange.lowerBound..<(keyRange.upperBound - 1)
      }
      guard !keyRange.isEmpty else { return nil }
    }
    let value = trimmed(bytes, (i + 1)..<range.upperBound)
    return (String(decoding: bytes[keyRange], as: UTF8.self), value)
  }

  /// A `'` opens a quoted scalar only after a separator; elsewhere it is an apostrophe.
  private static func opensQuote(_ bytes: [UInt8], _ i: Int, _ range: Range<Int>) -> Bool {
    guard i > range.lowerBound else { return true }
    let p = bytes[i - 1]
    return p == 0x20 || p == 0x09 || p == UInt8(ascii: "[") || p == UInt8(ascii: "{")
      || p == UInt8(ascii: ",") || p == UInt8(ascii: ":")
  }

  /// A plain `key: ` line at column 0, which ends even an unbalanced flow value.
  static func isPlainKeyLine(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    var j = range.lowerBound
    while j < range.upperBound, isKeyByte(bytes[j]) { j += 1 }
    return j > range.lowerBound && j + 1 < range.upperBound && bytes[j] == UInt8(ascii: ":")
      && bytes[j + 1] == 0x20
  }

  /// Bytes of a bare identifier-like key: ASCII letters, digits, `_`, `-`, `.`.
  static func isKeyByte(_ b: UInt8) -> Bool {
    (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
      || b == UInt8(ascii: "_") || b == UInt8(ascii: "-") || b == UInt8(ascii: ".")
  }

  static func trimmed(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 { lower += 1 }
    while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 { upper -= 1 }
    return lower..<upper
  }

  /// Blank lines and comment lines.
  static func isTrivia(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    let t = trimmed(bytes, range)
    return t.isEmpty || bytes[t.lowerBound] == UInt8(ascii: "#")
  }
}
