/// Substring search on bytes, linear in practice (first-byte scan, then compare).
public enum ByteSearch {
  /// Whether `needle` occurs in `haystack`.
  public static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    firstIndex(of: needle, in: haystack) != nil
  }

  /// The first offset at or after `from` where `needle` occurs.
  public static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from: Int = 0) -> Int? {
    guard !needle.isEmpty, haystack.count >= needle.count else { return needle.isEmpty ? from : nil }
    let first = needle[0]
    let last = haystack.count - needle.count
    var i = max(0, from)
    return haystack.withUnsafeBufferPointer { h in
      needle.withUnsafeBufferPointer { n in
        while i <= last {
          if h[i] == first {
            var k = 1
            while k < n.count && h[i + k] == n[k] { k += 1 }
            if k == n.count { return i }
          }
          i += 1
        }
        return nil
      }
    }
  }

  /// Case-insensitive (ASCII) variant of ``firstIndex(of:in:from:)``; `needle` must be lower-case.
  public static func firstIndexIgnoringCase(of needle: [UInt8], in haystack: [UInt8], from: Int = 0) -> Int? {
    guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
    let last = haystack.count - needle.count
    var i = max(0, from)
    return haystack.withUnsafeBufferPointer { h in
      needle.withUnsafeBufferPointer { n in
        while i <= last {
          var k = 0
          while k < n.count && KeywordFilter.fold(h[i + k]) == n[k] { k += 1 }
          if k == n.count { return i }
          i += 1
        }
        return nil
      }
    }
  }
}
