#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Substring search on bytes, linear in practice (first-byte scan, then compare).
public enum ByteSearch {
  /// Whether `needle` occurs in `haystack`, compared as UTF-8 bytes.
  ///
  /// Rules test every argument of every command against a few literals; the standard
  /// library's generic `StringProtocol.contains` made that the largest cost of a dense
  /// script. Both strings are read in place (native strings are contiguous UTF-8).
  public static func contains(_ haystack: String, _ needle: String) -> Bool {
    var h = haystack
    var n = needle
    return h.withUTF8 { hb in
      n.withUTF8 { nb in
        guard !nb.isEmpty else { return true }
        guard hb.count >= nb.count else { return false }
        let first = nb[0]
        var i = 0
        let last = hb.count - nb.count
        while i <= last {
          if hb[i] == first {
            var k = 1
            while k < nb.count && hb[i + k] == nb[k] { k += 1 }
            if k == nb.count { return true }
          }
          i += 1
        }
        return false
      }
    }
  }

  /// `haystack` with every occurrence of `needle` (compared as UTF-8 bytes, left to right,
  /// not overlapping) replaced; `haystack` itself when there is none.
  ///
  /// Per-word rewrites (`\\` to `/`, `$home` to `~`) ran Foundation's bridged search on every
  /// argument of every command; most words hold no occurrence and now cost one scan.
  public static func replacing(_ needle: String, with replacement: String, in haystack: String) -> String {
    guard contains(haystack, needle), !needle.isEmpty else { return haystack }
    let h = Array(haystack.utf8)
    let n = Array(needle.utf8)
    var out: [UInt8] = []
    out.reserveCapacity(h.count)
    var i = 0
    var from = 0
    while let at = firstIndex(of: n, in: h, from: i) {
      out.append(contentsOf: h[from..<at])
      out.append(contentsOf: replacement.utf8)
      i = at + n.count
      from = i
    }
    out.append(contentsOf: h[from...])
    return String(decoding: out, as: UTF8.self)
  }

  /// Whether `needle` occurs in `haystack`.
  public static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    firstIndex(of: needle, in: haystack) != nil
  }

  /// The first offset at or after `from` where `needle` occurs.
  ///
  /// Candidates are found with `memchr` (vectorised in the C library), so a haystack where
  /// the needle's first byte is rare is skipped many bytes at a time.
  public static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from: Int = 0) -> Int? {
    guard !needle.isEmpty, haystack.count >= needle.count else { return needle.isEmpty ? from : nil }
    let first = needle[0]
    let last = haystack.count - needle.count
    var i = max(0, from)
    return haystack.withUnsafeBufferPointer { h in
      needle.withUnsafeBufferPointer { n in
        guard let base = h.baseAddress else { return nil }
        while i <= last {
          guard let hit = memchr(base + i, Int32(first), last - i + 1) else { return nil }
          i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
          var k = 1
          while k < n.count && h[i + k] == n[k] { k += 1 }
          if k == n.count { return i }
          i += 1
        }
        return nil
      }
    }
  }

  /// The last offset in `range` of `haystack` holding `byte`.
  ///
  /// Reads eight bytes at a time from the end (the C library's `memrchr` is not on every
  /// platform): callers look back for the start of a line, and on a single-line document
  /// every such look read its whole window byte by byte.
  public static func lastIndex(of byte: UInt8, in haystack: [UInt8], range: Range<Int>) -> Int? {
    let range = range.clamped(to: 0..<haystack.count)
    return haystack.withUnsafeBufferPointer { h -> Int? in
      guard let base = h.baseAddress else { return nil }
      let ones: UInt64 = 0x0101_0101_0101_0101
      let pattern = ones &* UInt64(byte)
      var end = range.upperBound
      while end - range.lowerBound >= 8 {
        let x = UnsafeRawPointer(base + end - 8).loadUnaligned(as: UInt64.self) ^ pattern
        if (x &- ones) & ~x & (ones &* 0x80) != 0 { break }
        end -= 8
      }
      var i = end
      while i > range.lowerBound {
        i -= 1
        if h[i] == byte { return i }
      }
      return nil
    }
  }

  /// Case-insensitive (ASCII) variant of ``firstIndex(of:in:from:)``; `needle` must be lower-case.
  ///
  /// A needle that opens with a byte case folding leaves alone (`<script`, `</script`) is
  /// anchored with `memchr` on that byte, as ``firstIndex(of:in:from:)`` is.
  public static func firstIndexIgnoringCase(of needle: [UInt8], in haystack: [UInt8], from: Int = 0) -> Int? {
    guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
    let last = haystack.count - needle.count
    var i = max(0, from)
    let first = needle[0]
    let anchored = !(first >= 0x61 && first <= 0x7A)
    return haystack.withUnsafeBufferPointer { h in
      needle.withUnsafeBufferPointer { n in
        while i <= last {
          if anchored {
            guard let base = h.baseAddress, let hit = memchr(base + i, Int32(first), last - i + 1) else { return nil }
            i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
          }
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
