/// Decodes one UTF-8 scalar from bytes, without building a `String`.
///
/// Rules scan attacker-controlled bytes; decoding in place keeps those scans linear and
/// allocation-free, and an invalid sequence decodes as a single byte so nothing is skipped.
public enum UTF8Scalar {
  /// The scalar value starting at `offset` and its width in bytes.
  ///
  /// An invalid or truncated sequence yields the lead byte's value with width 1, so callers
  /// always make progress.
  /// - Parameters:
  ///   - bytes: the text.
  ///   - offset: where the sequence starts; must be a valid index.
  /// - Returns: the scalar value and how many bytes it occupies.
  @inline(__always)
  public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (value: UInt32, width: Int) {
    let b0 = bytes[offset]
    if b0 < 0x80 { return (UInt32(b0), 1) }
    let width: Int
    var value: UInt32
    if b0 & 0xE0 == 0xC0 {
      width = 2
      value = UInt32(b0 & 0x1F)
    } else if b0 & 0xF0 == 0xE0 {
      width = 3
      value = UInt32(b0 & 0x0F)
    } else if b0 & 0xF8 == 0xF0 {
      width = 4
      value = UInt32(b0 & 0x07)
    } else {
      return (UInt32(b0), 1)
    }
    guard offset + width <= bytes.count else { return (UInt32(b0), 1) }
    for k in 1..<width {
      let b = bytes[offset + k]
      guard b & 0xC0 == 0x80 else { return (UInt32(b0), 1) }
      value = value << 6 | UInt32(b & 0x3F)
    }
    return (value, width)
  }

  /// Whether a scalar is a letter or digit for word-boundary purposes.
  ///
  /// ASCII letters and digits, plus every non-ASCII scalar except the invisible and
  /// whitespace ones: accented and non-Latin letters must not create a word boundary.
  @inline(__always)
  public static func isWordByte(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A)
      || (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80
  }
}
