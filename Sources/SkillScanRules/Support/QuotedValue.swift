/// Quoted values that follow a key: `"key": "…"`, `key: '…'`, `key="…"` — JSON and YAML
/// fields and tool-call arguments written inline.
///
/// Text inside such a value is data handed to a tool or model, not a quotation: an
/// instruction there is addressed to whoever reads the argument. Byte-level, bounded to one
/// line and a few KiB on each side.
enum QuotedValue {
  /// The quoted string holding `offset` when it is a value: its opening quote follows `:` or
  /// `=` after a key. Looks back at most 2 KiB on the same line; escaped quotes are skipped.
  static func around(_ offset: Int, in b: [UInt8]) -> Range<Int>? {
    var i = offset - 1
    let floor = max(0, offset - 2_048)
    while i >= floor, b[i] != 0x0A {
      let q = b[i]
      if q == 0x22 || q == 0x27 || q == 0x60, !isEscaped(b, i), opensValue(b, i) {
        guard let close = closingQuote(b, from: i + 1, quote: q), close > offset else { return nil }
        return (i + 1)..<close
      }
      i -= 1
    }
    return nil
  }

  /// `key: "`, `"key": "`, `key="` or `key = '` before the quote at `q`.
  static func opensValue(_ b: [UInt8], _ q: Int) -> Bool {
    var k = q - 1
    while k >= 0, b[k] == 0x20 || b[k] == 0x09 { k -= 1 }
    guard k >= 1, b[k] == 0x3A || b[k] == 0x3D else { return false }
    if b[k] == 0x3D, b[k - 1] == 0x3D || b[k - 1] == 0x21 || b[k - 1] == 0x3C || b[k - 1] == 0x3E { return false }
    k -= 1
    while k >= 0, b[k] == 0x20 || b[k] == 0x09 { k -= 1 }
    guard k >= 0 else { return false }
    if b[k] == 0x22 || b[k] == 0x27 { k -= 1 }
    return k >= 0 && (UTF8Scalar.isWordByte(b[k]) || b[k] == 0x2D)
  }

  static func isEscaped(_ b: [UInt8], _ i: Int) -> Bool {
    var n = 0
    var k = i - 1
    while k >= 0, b[k] == 0x5C { n += 1; k -= 1 }
    return n % 2 == 1
  }

  /// The matching unescaped quote on the same line, within 4 KiB.
  static func closingQuote(_ b: [UInt8], from start: Int, quote: UInt8) -> Int? {
    var k = start
    let limit = min(b.count, start + 4_096)
    while k < limit, b[k] != 0x0A {
      if b[k] == 0x5C { k += 2; continue }
      if b[k] == quote { return k }
      k += 1
    }
    return nil
  }
}
