import SkillScanCore

/// Line and word reading on bytes for scripts in languages SkillScan does not lex (Go, Ruby,
/// Perl, PHP, Lua …), where checks read lines instead of tokens.
///
/// A line is read at most ``lineReach`` bytes each way from an offset, so a check made per
/// match stays bounded on a file that is one long line.
enum OtherScriptText {
  static let lineReach = 400

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
