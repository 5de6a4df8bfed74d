/// Finds invisible and direction-changing characters in UTF-8 bytes (taxonomy.md §5.7).
///
/// One linear pass; every character of interest is a 3-byte (`E2 80 xx`, `E2 81 xx`,
/// `EF BB BF`) or 4-byte (`F3 A0 8x xx`) sequence, so the scan only decodes around those lead
/// bytes. Benign uses are told apart here, next to the byte logic: emoji joiner sequences,
/// emoji tag flags (🏴 + tags + cancel tag), a BOM at byte 0, and zero-width characters
/// between non-ASCII letters (Persian and Indic text use ZWNJ/ZWJ inside words).
public enum InvisibleCharacters {
  /// What was found.
  public enum Kind: Sendable, Hashable {
    /// A run of Unicode tag characters, decoded to the ASCII text it hides.
    case tagRun(decoded: String)
    /// A bidi embedding, override or isolate (U+202A–202E, U+2066–2069).
    case bidiControl(UInt32, rightToLeftLine: Bool)
    /// A zero-width character between two ASCII letters or digits (`su\u{200B}do`).
    case zeroWidthInWord(UInt32, word: String)
    /// Many zero-width characters in a row: a binary encoding of hidden data.
    case zeroWidthRun(count: Int)
  }

  /// One occurrence.
  public struct Occurrence: Sendable, Hashable {
    public var kind: Kind
    /// Bytes of the character or run.
    public var range: Range<Int>
  }

  /// Shortest run of zero-width characters reported as an encoding.
  public static let zeroWidthRunThreshold = 8
  /// Longest hidden text decoded from one tag run.
  public static let maxDecoded = 500

  /// Every occurrence in `bytes`, in order.
  public static func scan(_ bytes: [UInt8]) -> [Occurrence] {
    var found: [Occurrence] = []
    bytes.withUnsafeBufferPointer { b in
      var i = 0
      let n = b.count
      while i < n {
        let lead = b[i]
        guard lead == 0xE2 || lead == 0xEF || lead == 0xF3 else {
          i += 1
          continue
        }
        let (value, width) = UTF8Scalar.decode(b, at: i)
        if isTag(value) {
          i = scanTagRun(b, from: i, into: &found)
          continue
        }
        if isBidi(value) {
          found.append(
            Occurrence(kind: .bidiControl(value, rightToLeftLine: lineHasRTL(b, around: i)), range: i..<(i + width)))
          i += width
          continue
        }
        if isZeroWidth(value) && !(value == 0xFEFF && i == 0) {
          i = scanZeroWidth(b, from: i, into: &found)
          continue
        }
        i += width
      }
    }
    return found
  }

  static func isTag(_ v: UInt32) -> Bool { v >= 0xE0000 && v <= 0xE007F }
  static func isBidi(_ v: UInt32) -> Bool { (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) }
  static func isZeroWidth(_ v: UInt32) -> Bool {
    (0x200B...0x200D).contains(v) || (0x2060...0x2064).contains(v) || v == 0xFEFF
  }

  /// Consumes a run of tag characters starting at `start`; returns the offset after it.
  private static func scanTagRun(_ b: UnsafeBufferPointer<UInt8>, from start: Int, into found: inout [Occurrence]) -> Int {
    var i = start
    var decoded = ""
    var last: UInt32 = 0
    while i < b.count {
      let (value, width) = UTF8Scalar.decode(b, at: i)
      guard isTag(value) else { break }
      let ascii = value - 0xE0000
      if ascii >= 0x20 && ascii < 0x7F && decoded.utf8.count < maxDecoded {
        decoded.unicodeScalars.append(Unicode.Scalar(UInt8(ascii)))
      }
      last = value
      i += width
    }
    // 🏴 (U+1F3F4, F0 9F 8F B4) + tag letters + CANCEL TAG is a subdivision flag emoji.
    let flag = start >= 4 && b[start - 4] == 0xF0 && b[start - 3] == 0x9F && b[start - 2] == 0x8F
      && b[start - 1] == 0xB4 && last == 0xE007F && i - start <= 4 * 8
    if !flag { found.append(Occurrence(kind: .tagRun(decoded: decoded), range: start..<i)) }
    return i
  }

  /// Consumes a run of zero-width characters; reports it if it sits inside an ASCII word or is
  /// long enough to encode data.
  private static func scanZeroWidth(_ b: UnsafeBufferPointer<UInt8>, from start: Int, into found: inout [Occurrence]) -> Int {
    var i = start
    var count = 0
    var first: UInt32 = 0
    while i < b.count {
      let (value, width) = UTF8Scalar.decode(b, at: i)
      guard isZeroWidth(value) || value == 0xFE0F else { break }
      if count == 0 { first = value }
      count += 1
      i += width
    }
    if count >= zeroWidthRunThreshold {
      found.append(Occurrence(kind: .zeroWidthRun(count: count), range: start..<i))
      return i
    }
    let before = start > 0 ? b[start - 1] : 0
    let after = i < b.count ? b[i] : 0
    if isASCIIAlnum(before) && isASCIIAlnum(after) {
      found.append(Occurrence(kind: .zeroWidthInWord(first, word: word(b, around: start..<i)), range: start..<i))
    }
    return i
  }

  @inline(__always) static func isASCIIAlnum(_ c: UInt8) -> Bool {
    (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
  }

  /// The ASCII word around a zero-width run, with the run removed (at most 40 letters a side).
  private static func word(_ b: UnsafeBufferPointer<UInt8>, around run: Range<Int>) -> String {
    var s = run.lowerBound
    while s > 0 && run.lowerBound - s < 40 && isASCIIAlnum(b[s - 1]) { s -= 1 }
    var e = run.upperBound
    while e < b.count && e - run.upperBound < 40 && isASCIIAlnum(b[e]) { e += 1 }
    return String(decoding: b[s..<run.lowerBound], as: UTF8.self)
      + String(decoding: b[run.upperBound..<e], as: UTF8.self)
  }

  /// Whether the line around `offset` (up to 300 bytes each way) has Hebrew or Arabic
  /// letters (U+0590–U+08FF), where bidi controls have a legitimate use.
  private static func lineHasRTL(_ b: UnsafeBufferPointer<UInt8>, around offset: Int) -> Bool {
    var i = offset
    while i > 0 && offset - i < 300 && b[i - 1] != 0x0A { i -= 1 }
    var end = offset
    while end < b.count && end - offset < 300 && b[end] != 0x0A { end += 1 }
    while i < end {
      let c = b[i]
      if c >= 0xD6 && c <= 0xDF { return true }
      if c == 0xE0, i + 1 < end, b[i + 1] >= 0xA0 && b[i + 1] <= 0xA3 { return true }
      i += 1
    }
    return false
  }
}
