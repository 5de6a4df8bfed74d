import SkillScanCore

/// Prose after normalisation, with a map back to the raw bytes (taxonomy.md §2.5).
///
/// Matching runs on ``bytes``; findings must report raw locations, so every normalised byte
/// remembers the original scalar it came from.
public struct NormalizedText: Sendable {
  /// Normalised text: invisible characters removed, ASCII and full-width letters folded to
  /// lower case, whitespace runs collapsed to one space.
  public let bytes: [UInt8]
  /// For each normalised byte, the original byte offset of the scalar it came from.
  let starts: [Int32]
  /// How many invisible characters were removed.
  public let strippedCount: Int
  /// The original text (shared with the file, not copied) and the end of the normalised
  /// range. Where a normalised byte's scalar ends is read from them instead of being stored
  /// per byte: that array was 4 of the 9 bytes this view cost per input byte.
  let source: [UInt8]
  let limit: Int

  init(bytes: [UInt8], starts: [Int32], strippedCount: Int, source: [UInt8], limit: Int) {
    self.bytes = bytes
    self.starts = starts
    self.strippedCount = strippedCount
    self.source = source
    self.limit = limit
  }

  /// The original offset one past the scalar normalised byte `index` came from (for a
  /// collapsed space, past the first blank of its run), never past ``limit``.
  func end(of index: Int) -> Int {
    let start = Int(starts[index])
    guard start < limit else { return limit }
    let byte = source[start]
    guard byte >= 0x80 else { return start + 1 }
    let width = source.withUnsafeBufferPointer { UTF8Scalar.decode($0, at: start).width }
    return min(start + width, limit)
  }

  /// The raw byte range a normalised range came from.
  /// - Parameter range: a non-empty range of ``bytes``.
  /// - Returns: the covering range in the original bytes.
  public func originalRange(_ range: Range<Int>) -> Range<Int> {
    guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= bytes.count else {
      let at = range.lowerBound < starts.count && range.lowerBound >= 0 ? Int(starts[range.lowerBound]) : 0
      return at..<at
    }
    return Int(starts[range.lowerBound])..<end(of: range.upperBound - 1)
  }
}

/// Normalises text for prose and phrase matching in one linear pass over UTF-8 bytes.
///
/// Obfuscation (`Ig\u{200B}nore`, `ＩＧＮＯＲＥ`, `ignore\n   previous`) must not defeat a
/// phrase rule, so matching never runs on raw bytes. Full NFKC is out of scope for a
/// byte-level pass; the full-width ASCII block (the compatibility mapping attackers use) is
/// folded explicitly.
public enum TextNormalizer {
  /// Normalises `bytes[range]` (the whole buffer when `range` is nil).
  /// - Parameters:
  ///   - bytes: UTF-8 text; invalid bytes pass through unchanged.
  ///   - range: the part to normalise.
  ///   - markupAsSpace: treat Markdown emphasis and code markers (`*`, `` ` ``) as spaces, so
  ///     `**ignore** all` reads as `ignore all`.
  /// - Returns: the normalised text and its offset map.
  public static func normalize(
    _ bytes: [UInt8], range: Range<Int>? = nil, markupAsSpace: Bool = true
  ) -> NormalizedText {
    let r = range ?? 0..<bytes.count
    let lower = max(0, r.lowerBound)
    let upper = min(r.upperBound, bytes.count)
    // Every output byte consumes at least one input byte, so the input length bounds the
    // output: the two arrays are sized once and written through pointers instead of
    // appended to byte by byte (this function runs over every prose block of every file).
    // Only the first `count` elements are kept (see `Array(zeroedCapacity:)` for why not the
    // standard uninitialised-capacity initialiser).
    let capacity = max(0, upper - lower)
    var starts: [Int32] = []
    var count = 0
    var stripped = 0
    // A pending collapsed space, as the source offset of its first blank (-1: none). A plain
    // local rather than a capturing helper: captured variables are boxed and every access to them was
    // checked for exclusivity, which cost more than the normalisation itself.
    var spaceStart = -1
    let out = [UInt8](zeroedCapacity: capacity) { o, outCount in
    starts = [Int32](zeroedCapacity: capacity) { st, startsCount in
    bytes.withUnsafeBufferPointer { buffer in
      var i = lower
      let end = upper
      while i < end {
        // Eight bytes of plain words at once: printable ASCII, single spaces only, no markup.
        // Such a chunk maps byte for byte (a lone space stands for itself), so it is folded
        // and copied whole; anything else goes through the byte-by-byte path below.
        if spaceStart < 0 && end - i >= 8,
          let folded = Self.plainChunk(buffer, at: i, end: end, markupAsSpace: markupAsSpace)
        {
          UnsafeMutableRawPointer(o.baseAddress! + count).storeBytes(of: folded.littleEndian, as: UInt64.self)
          for k in 0..<8 { st[count + k] = Int32(truncatingIfNeeded: i + k) }
          count += 8
          i += 8
          continue
        }
        let byte = buffer[i]
        // Printable ASCII that is neither blank nor markup is most of any text, and the
        // general path below (decode, invisible and space tables) gives it the same result:
        // folded to lower case, one output byte. Taking it here first roughly halves the
        // cost per byte of a prose file.
        if byte > 0x20 && byte < 0x80 && !(markupAsSpace && (byte == 0x2A || byte == 0x60)) {
          if spaceStart >= 0 {
            o[count] = 0x20
            st[count] = Int32(truncatingIfNeeded: spaceStart)
            count += 1
            spaceStart = -1
          }
          o[count] = KeywordFilter.fold(byte)
          st[count] = Int32(truncatingIfNeeded: i)
          count += 1
          i += 1
          continue
        }
        // An ASCII blank: it only opens (or continues) the pending space.
        if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
          if spaceStart < 0 { spaceStart = i }
          i += 1
          continue
        }
        let value: UInt32
        let width: Int
        if byte < 0x80 {
          (value, width) = (UInt32(byte), 1)
        } else {
          (value, width) = UTF8Scalar.decode(buffer, at: i)
        }
        let next = min(i + width, end)
        if value < 0x80 ? false : isInvisible(value) {
          stripped += 1
          i = next
          continue
        }
        if isSpace(value) || (markupAsSpace && (value == 0x2A || value == 0x60)) {
          if spaceStart < 0 { spaceStart = i }
          i = next
          continue
        }
        if spaceStart >= 0 {
          o[count] = 0x20
          st[count] = Int32(truncatingIfNeeded: spaceStart)
          count += 1
          spaceStart = -1
        }
        if value >= 0xFF01 && value <= 0xFF5E {
          o[count] = KeywordFilter.fold(UInt8(value - 0xFEE0))
          st[count] = Int32(truncatingIfNeeded: i)
          count += 1
        } else if width == 1 {
          o[count] = KeywordFilter.fold(byte)
          st[count] = Int32(truncatingIfNeeded: i)
          count += 1
        } else {
          for k in i..<next {
            o[count] = buffer[k]
            st[count] = Int32(truncatingIfNeeded: i)
              count += 1
          }
        }
        i = next
      }
      if spaceStart >= 0 {
        o[count] = 0x20
        st[count] = Int32(truncatingIfNeeded: spaceStart)
        count += 1
      }
    }
      startsCount = count
    }
      outCount = count
    }
    return NormalizedText(bytes: out, starts: starts, strippedCount: stripped, source: bytes, limit: upper)
  }

  /// The eight bytes at `i`, ASCII-folded to lower case, when normalising them one by one
  /// would give the same eight bytes each from its own offset; nil otherwise.
  ///
  /// That holds when every byte is printable ASCII (`!`…DEL) or a space, no space is next to
  /// another, a final space is followed by a printable non-markup byte or the end (a blank,
  /// invisible or non-ASCII character after it could merge into or change the collapsed
  /// space), and, with `markupAsSpace`, no `*` or `` ` `` occurs. Plain prose is mostly such
  /// chunks, which is why this is tested before the byte-by-byte path.
  @inline(__always)
  static func plainChunk(_ buffer: UnsafeBufferPointer<UInt8>, at i: Int, end: Int, markupAsSpace: Bool) -> UInt64? {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let high: UInt64 = 0x8080_8080_8080_8080
    let x = UInt64(littleEndian: UnsafeRawPointer(buffer.baseAddress! + i).loadUnaligned(as: UInt64.self))
    // Any byte at or above 0x80, or below 0x20 (controls, tab, newline).
    guard x & high == 0, (x &- ones &* 0x20) & ~x & high == 0 else { return nil }
    if markupAsSpace && (Self.hasByte(x, 0x2A) || Self.hasByte(x, 0x60)) { return nil }
    // Exact per-byte mask of spaces (the high bit of each 0x20 byte).
    let v = x ^ (ones &* 0x20)
    let spaces = ~(((v & ~high) &+ ~high) | v) & high
    guard spaces & (spaces >> 8) == 0 else { return nil }
    if spaces >> 63 != 0 && i + 8 < end {
      let next = buffer[i + 8]
      guard next > 0x20 && next < 0x80 && !(markupAsSpace && (next == 0x2A || next == 0x60)) else { return nil }
    }
    // Upper-case letters (0x41...0x5A) gain 0x20; no byte is 0x80 or more, so no carry
    // crosses a byte.
    let atLeastA = (x &+ ones &* 0x3F) & high
    let pastZ = (x &+ ones &* 0x25) & high
    return x | ((atLeastA & ~pastZ) >> 2)
  }

  /// Whether some byte of `x` (all below 0x80) equals `byte`.
  @inline(__always) static func hasByte(_ x: UInt64, _ byte: UInt8) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let v = x ^ (ones &* UInt64(byte))
    return (v &- ones) & ~v & (ones &* 0x80) != 0
  }

  /// Whether a scalar is invisible formatting that normalisation removes: zero-width
  /// characters, bidi controls, the tag block, soft hyphen and variation selectors.
  public static func isInvisible(_ value: UInt32) -> Bool {
    switch value {
    case 0x00AD, 0x180E, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069,
      0xFE00...0xFE0F, 0xFEFF, 0xE0000...0xE007F:
      true
    default: false
    }
  }

  /// Whether a scalar is whitespace that collapses to one space.
  public static func isSpace(_ value: UInt32) -> Bool {
    switch value {
    case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F,
      0x205F, 0x3000:
      true
    default: false
    }
  }
}

extension AnalyzedFile {
  /// `bytes[range]` normalised (markup as space), once per range and file.
  ///
  /// Six prose readers (credential handling and disclosure, enumeration, runaway
  /// invocation, behaviour blocks, hidden comments) normalise the same regions; normalising
  /// each once instead of once per reader was a tenth of the cost of a prose-heavy file.
  func normalized(_ range: Range<Int>) -> NormalizedText {
    cache.value(normalizedRangeSlot, part: range.lowerBound, range.upperBound, size: range.count / 4) {
      TextNormalizer.normalize(bytes, range: range)
    }
  }

  /// The whole file normalised once and shared by every rule that matches phrases on it.
  var normalizedText: NormalizedText {
    cache.value(normalizedWholeSlot) { TextNormalizer.normalize(bytes) }
  }
}

/// Where normalised ranges and the normalised whole file are cached.
private let normalizedRangeSlot = CacheSlot<NormalizedText>("TextNormalizer.range")
private let normalizedWholeSlot = CacheSlot<NormalizedText>("TextNormalizer.whole")
