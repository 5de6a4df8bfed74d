import SkillScanCore

/// Cheap text access to byte ranges, for rule authors.
///
/// Tokens and regions hold byte ranges; most rule checks compare a token against a short
/// literal (`curl`, `-c`, `exec`). These helpers compare bytes in place, so a rule does not
/// allocate a `String` per token on large files, and clamp ranges so a stale range never traps.
public enum ByteText {
  /// The text of `range` (lossy UTF-8), clamped to `bytes`.
  ///
  /// - Parameters:
  ///   - range: A byte range, typically a token's.
  ///   - bytes: The file's bytes.
  /// - Returns: The decoded text; invalid UTF-8 becomes U+FFFD.
  public static func string(_ range: Range<Int>, in bytes: [UInt8]) -> String {
    let r = clamp(range, bytes.count)
    return String(decoding: bytes[r], as: UTF8.self)
  }

  /// Whether the bytes of `range` equal `literal` exactly.
  public static func equals(_ range: Range<Int>, _ literal: StaticString, in bytes: [UInt8]) -> Bool {
    let r = clamp(range, bytes.count)
    guard r.count == literal.utf8CodeUnitCount else { return false }
    return literal.withUTF8Buffer { lit in
      var i = 0
      while i < lit.count {
        if bytes[r.lowerBound + i] != lit[i] { return false }
        i += 1
      }
      return true
    }
  }

  /// Whether the bytes of `range` equal `literal`, ignoring ASCII case.
  public static func equalsIgnoringCase(_ range: Range<Int>, _ literal: String, in bytes: [UInt8]) -> Bool {
    let r = clamp(range, bytes.count)
    let lit = literal.utf8
    guard r.count == lit.count else { return false }
    var i = r.lowerBound
    for b in lit {
      if ByteClass.lower(bytes[i]) != ByteClass.lower(b) { return false }
      i += 1
    }
    return true
  }

  /// Whether `range` contains `needle` (ASCII case-insensitive when `ignoringCase`).
  public static func contains(_ range: Range<Int>, _ needle: String, in bytes: [UInt8], ignoringCase: Bool = false) -> Bool {
    var needle = needle
    // Both sides are read in place, and the search anchors on the needle's rarest byte
    // (``AnchoredSearch``): rules ask this of every region of every file.
    return needle.withUTF8 { n in
      bytes.withUnsafeBufferPointer { b in
        let r = clamp(range, b.count)
        return AnchoredSearch.contains(n, in: UnsafeBufferPointer(rebasing: b[r]), ignoringCase: ignoringCase)
      }
    }
  }

  /// `range` clamped into `0..<count`.
  @inline(__always) static func clamp(_ range: Range<Int>, _ count: Int) -> Range<Int> {
    let lo = max(0, min(range.lowerBound, count))
    return lo..<max(lo, min(range.upperBound, count))
  }
}
