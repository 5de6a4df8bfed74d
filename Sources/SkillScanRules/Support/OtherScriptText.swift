import SkillScanCore

/// Line and word reading on bytes for scripts in languages SkillScan does not lex (Go, Ruby,
/// Perl, PHP, Lua …), where checks read lines instead of tokens.
///
/// A line is read at most ``lineReach`` bytes each way from an offset, so a check made per
/// match stays bounded on a file that is one long line.
/// A script's text with its literal joins closed up (``OtherScriptText/joiningLiterals(_:)``),
/// and where each stretch of it was in the script.
struct JoinedLiterals {
  /// A stretch copied whole: from `joined` in ``bytes``, from `original` in the script.
  struct Segment {
    var joined: Int
    var original: Int
  }

  let bytes: [UInt8]
  let segments: [Segment]

  /// The script offset of `offset` in ``bytes`` (binary search over the stretches).
  func original(_ offset: Int) -> Int {
    var lo = 0
    var hi = segments.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if segments[mid].joined <= offset { lo = mid } else { hi = mid - 1 }
    }
    return segments[lo].original + (offset - segments[lo].joined)
  }
}

enum OtherScriptText {
  static let lineReach = 400

  /// `bytes` with concatenated string literals closed up: `"id_" + "rsa"` (Go, Java, JS,
  /// Python, Ruby), `'id_' . 'rsa'` (PHP, Perl), `"id_" .. "rsa"` (Lua) and adjacent literals
  /// (`"id_" "rsa"`) read as `"id_rsa"`; with, for each byte of the result, its offset in
  /// `bytes`. Nil when the script joins no two literals (most scripts), so nothing is copied.
  ///
  /// Splitting a name across literals (`".ne" + "trc"`) hides it from a search for the name;
  /// closing the joins up restores what the program builds. One pass; the quote state is
  /// tracked so that a `+` inside a string is not a join.
  static func joiningLiterals(_ bytes: [UInt8]) -> JoinedLiterals? {
    let n = bytes.count
    guard n < Int(Int32.max) else { return nil }
    /// After the closing quote at `close`, the offset of the next literal's opening quote
    /// when only a join operator and blanks lie between.
    func joinedOpening(after close: Int, quote: UInt8) -> Int? {
      var i = close + 1
      var operators = 0
      while i < n, i - close <= 16 {
        switch bytes[i] {
        case 0x20, 0x09: i += 1
        case 0x2B, 0x2E:
          operators += 1
          guard operators <= 2 else { return nil }
          i += 1
        case quote: return operators > 0 || i > close + 1 ? i : nil
        default: return nil
        }
      }
      return nil
    }
    var out: [UInt8] = []
    var segments: [JoinedLiterals.Segment] = []
    var copiedUntil = 0
    var quote: UInt8 = 0
    var i = 0
    while i < n {
      let b = bytes[i]
      if quote == 0 {
        if b == 0x22 || b == 0x27 { quote = b }
        i += 1
        continue
      }
      if b == 0x5C {
        i += 2
        continue
      }
      if b == 0x0A {
        quote = 0
        i += 1
        continue
      }
      guard b == quote else {
        i += 1
        continue
      }
      guard let open = joinedOpening(after: i, quote: quote) else {
        quote = 0
        i += 1
        continue
      }
      // Copy up to the closing quote, skip the join, stay inside the literal.
      if out.isEmpty { out.reserveCapacity(n) }
      segments.append(.init(joined: out.count, original: copiedUntil))
      out.append(contentsOf: bytes[copiedUntil..<i])
      copiedUntil = open + 1
      i = open + 1
    }
    guard copiedUntil > 0 else { return nil }
    segments.append(.init(joined: out.count, original: copiedUntil))
    out.append(contentsOf: bytes[copiedUntil..<n])
    return JoinedLiterals(bytes: out, segments: segments)
  }

  /// The start of the line holding `offset`.
  static func lineStart(_ offset: Int, _ bytes: [UInt8]) -> Int {
    var i = max(0, min(offset, bytes.count))
    let floor = max(0, i - lineReach)
    while i > floor, bytes[i - 1] != 0x0A { i -= 1 }
    return i
  }

  /// The end of the line holding `offset` (its newline's offset).
  static func lineEnd(_ offset: Int, _ bytes: [UInt8]) -> Int {
    var i = max(0, offset)
    let ceiling = min(bytes.count, i + lineReach)
    while i < ceiling, bytes[i] != 0x0A { i += 1 }
    return i
  }

  /// The line holding `offset`.
  static func line(_ offset: Int, _ bytes: [UInt8]) -> Range<Int> {
    lineStart(offset, bytes)..<lineEnd(offset, bytes)
  }

  static func isWordByte(_ b: UInt8) -> Bool {
    b == 0x5F || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A) || (b >= 0x30 && b <= 0x39)
  }

  /// Whether `name` occurs in `bytes[range]` as a whole word.
  static func holdsWord(_ name: [UInt8], _ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    guard !name.isEmpty, range.count >= name.count else { return false }
    var at = range.lowerBound
    while at + name.count <= range.upperBound {
      if bytes[at..<(at + name.count)].elementsEqual(name),
        at == 0 || !isWordByte(bytes[at - 1]),
        at + name.count >= bytes.count || !isWordByte(bytes[at + name.count])
      {
        return true
      }
      at += 1
    }
    return false
  }

  /// Whether the line is blank or a comment in one of the usual syntaxes (`#`, `//`, `/*`,
  /// `*`, `--`).
  static func isCommentLine(_ line: Range<Int>, _ bytes: [UInt8]) -> Bool {
    var i = line.lowerBound
    while i < line.upperBound, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
    guard i < line.upperBound else { return true }
    let next: UInt8 = i + 1 < line.upperBound ? bytes[i + 1] : 0
    return bytes[i] == 0x23 || (bytes[i] == 0x2F && (next == 0x2F || next == 0x2A)) || bytes[i] == 0x2A
      || (bytes[i] == 0x2D && next == 0x2D)
  }
}
