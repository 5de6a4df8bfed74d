/// Byte classification shared by the lexers.
///
/// Every lexer decides token boundaries on single bytes; keeping the tests in one place makes
/// them agree on what whitespace and identifiers are. Non-ASCII bytes count as identifier bytes
/// so that UTF-8 names stay in one token instead of splitting at every scalar.
enum ByteClass {
  @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0C || b == 0x0B }
  @inline(__always) static func isNewline(_ b: UInt8) -> Bool { b == 0x0A }
  @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
  @inline(__always) static func isAlpha(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
  @inline(__always) static func isHexDigit(_ b: UInt8) -> Bool {
    isDigit(b) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x66)
  }
  @inline(__always) static func isIdentStart(_ b: UInt8) -> Bool { isAlpha(b) || b == 0x5F || b >= 0x80 }
  @inline(__always) static func isIdent(_ b: UInt8) -> Bool { isIdentStart(b) || isDigit(b) }
  @inline(__always) static func lower(_ b: UInt8) -> UInt8 { (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b }

  /// Hex value of a digit, or nil.
  @inline(__always) static func hexValue(_ b: UInt8) -> UInt32? {
    if isDigit(b) { return UInt32(b - 0x30) }
    let l = b | 0x20
    if l >= 0x61 && l <= 0x66 { return UInt32(l - 0x61 + 10) }
    return nil
  }
}
