#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Substring search anchored on the needle's rarest byte.
///
/// Rules ask "does this region mention `child_process`, `dup2`, `curl`?" of every region of
/// every file. Scanning for the needle's first byte stops at every `c` or `n` of ordinary
/// text; scanning for its rarest byte (`_`, `2`, `w`) skips most of the text, with `memchr`
/// (vectorised in the C library) or eight bytes at a time when case is ignored. Every
/// candidate is verified whole, so the answer is exact; the work is linear in the haystack
/// for any needle of bounded length.
public enum AnchoredSearch {
  /// The first offset in `haystack` where `needle` occurs, comparing ASCII letters without
  /// case when `ignoringCase` is set; nil when it does not occur. An empty needle is at 0.
  public static func firstIndex(
    of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, ignoringCase: Bool
  ) -> Int? {
    let m = needle.count
    guard m > 0 else { return 0 }
    guard haystack.count >= m, let base = haystack.baseAddress else { return nil }
    let anchor = anchorIndex(needle, ignoringCase: ignoringCase)
    let anchorByte = ignoringCase ? KeywordFilter.fold(needle[anchor]) : needle[anchor]
    let foldAnchor = ignoringCase && anchorByte >= 0x61 && anchorByte <= 0x7A
    // Candidate anchors lie in `anchor ... anchor + last`.
    let last = haystack.count - m
    var at = anchor
    let end = last + anchor + 1
    while at < end {
      let found: Int?
      if foldAnchor {
        found = foldedIndex(of: anchorByte, in: base, from: at, to: end)
      } else if let hit = memchr(base + at, Int32(anchorByte), end - at) {
        found = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
      } else {
        found = nil
      }
      guard let position = found else { return nil }
      let start = position - anchor
      if matches(needle, base + start, ignoringCase: ignoringCase) { return start }
      at = position + 1
    }
    return nil
  }

  /// Whether `needle` occurs in `haystack`.
  public static func contains(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, ignoringCase: Bool) -> Bool {
    firstIndex(of: needle, in: haystack, ignoringCase: ignoringCase) != nil
  }

  /// The needle position whose byte is least common in text and code. With `ignoringCase`, a
  /// byte that is not a letter is preferred (found with `memchr`, not eight bytes at a time).
  static func anchorIndex(_ needle: UnsafeBufferPointer<UInt8>, ignoringCase: Bool) -> Int {
    var best = 0
    var bestScore = Int.max
    for (i, byte) in needle.enumerated() {
      let b = ignoringCase ? KeywordFilter.fold(byte) : byte
      let isLetter = b >= 0x61 && b <= 0x7A
      let score = Int(commonness[Int(b)]) + (ignoringCase && isLetter ? 256 : 0)
      if score < bestScore {
        best = i
        bestScore = score
      }
    }
    return best
  }

  @inline(__always)
  static func matches(_ needle: UnsafeBufferPointer<UInt8>, _ at: UnsafePointer<UInt8>, ignoringCase: Bool) -> Bool {
    if ignoringCase {
      for k in 0..<needle.count where KeywordFilter.fold(at[k]) != KeywordFilter.fold(needle[k]) { return false }
    } else {
      for k in 0..<needle.count where at[k] != needle[k] { return false }
    }
    return true
  }

  /// The first offset in `from..<to` whose byte, folded to lower case, is the lower-case
  /// letter `letter`; read eight bytes at a time.
  static func foldedIndex(of letter: UInt8, in base: UnsafePointer<UInt8>, from: Int, to: Int) -> Int? {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let high: UInt64 = 0x8080_8080_8080_8080
    let pattern = ones &* UInt64(letter)
    var i = from
    while to - i >= 8 {
      // `| 0x20` folds the upper-case letter onto the lower-case one (and maps some other
      // bytes too, which the byte-wise check below rejects).
      let x = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) | (ones &* 0x20)
      let v = x ^ pattern
      if (v &- ones) & ~v & high != 0 {
        for k in 0..<8 where KeywordFilter.fold(base[i + k]) == letter { return i + k }
      }
      i += 8
    }
    while i < to {
      if KeywordFilter.fold(base[i]) == letter { return i }
      i += 1
    }
    return nil
  }

  /// How common each byte is in prose and source code, on a rough 0–100 scale (letter
  /// frequencies of English, then code punctuation). Only the order matters.
  static let commonness: [UInt8] = {
    var table = [UInt8](filled: 5, count: 256)
    let letters = Array("etaoinsrhldcumfpgwybvkxjqz".utf8)
    for (rank, letter) in letters.enumerated() {
      table[Int(letter)] = UInt8(95 - rank * 3)
      table[Int(letter) - 0x20] = UInt8(30 - rank)
    }
    for digit in 0x30...0x39 { table[digit] = 22 }
    let punctuation: [(Character, UInt8)] = [
      (" ", 100), ("\n", 60), (".", 45), (",", 35), ("(", 35), (")", 35), ("\"", 35), ("'", 28), ("/", 30),
      ("-", 30), ("_", 22), ("=", 28), (":", 25), (";", 20), ("\t", 20), ("{", 18), ("}", 18), ("[", 15),
      ("]", 15), ("$", 12), ("#", 12), ("*", 12), ("`", 10), ("<", 10), (">", 10), ("|", 8), ("&", 8),
      ("!", 8), ("+", 8), ("%", 6), ("@", 6), ("\\", 6), ("?", 6), ("~", 4), ("^", 3),
    ]
    for (char, score) in punctuation { table[Int(char.asciiValue!)] = score }
    return table
  }()
}
