import SkillScanCore

/// Finds obviously encoded blobs in bytes in one linear pass (taxonomy.md §2.5).
///
/// Candidates are tokens between whitespace and quotes (and the alphabet-pure runs inside
/// them), integer lists, `chr(N)`-style chains, `\xNN` runs and percent-encoded runs. Each byte
/// belongs to a bounded number of candidates, so the scan is linear; decoding is left to
/// ``DeobfEngine``.
public enum DeobfBlobScanner {
  /// What a candidate looks like.
  public enum Kind: String, Sendable, Hashable {
    case base64, base32, hex, base85, byteList = "integer list", charCodes = "character codes"
    case escapes = "escape sequence", percent = "percent-encoding"
    /// Hex split into words (``HexWordRun``), carried as its decoded bytes in `values`.
    case hexWords = "hex words"
  }

  /// One candidate.
  public struct Blob: Sendable, Hashable {
    public var kind: Kind
    /// Bytes of the blob in the scanned buffer.
    public var range: Range<Int>
    /// Numeric values for ``Kind/byteList``, ``Kind/charCodes`` and ``Kind/hexWords``.
    public var values: [Int] = []
  }

  /// Shortest base64/base85/hex text considered a blob.
  public static let minimumLength = 16
  /// Longest blob decoded (1 MiB).
  public static let maximumLength = 1 << 20

  /// Candidates in `bytes[range]`, at most `limit`.
  public static func scan(_ bytes: [UInt8], range: Range<Int>, limit: Int = 512) -> [Blob] {
    var blobs: [Blob] = []
    // Both passes read every byte of the file, so they run over a buffer pointer: array
    // subscripts in these loops (bounds checks, retains) were most of the rule's cost.
    bytes.withUnsafeBufferPointer { buffer in
      tokens(buffer, range, limit, &blobs)
      numberLists(buffer, range, limit, &blobs)
    }
    if blobs.count > limit { blobs.removeLast(blobs.count - limit) }
    return blobs
  }

  /// Candidates for a whole value with no whitespace (a string literal's content, a pasted
  /// payload line), which may contain quotes or backticks that ``scan(_:range:limit:)`` would
  /// split on.
  public static func wholeToken(_ bytes: [UInt8], range: Range<Int>) -> [Blob] {
    guard range.count >= minimumLength, range.count <= maximumLength,
      !bytes[range].contains(where: { $0 <= 0x20 })
    else { return [] }
    var out: [Blob] = []
    bytes.withUnsafeBufferPointer { classifyToken($0, range, &out) }
    return out
  }

  @inline(__always) static func isSeparator(_ b: UInt8) -> Bool {
    b <= 0x20 || b == 0x22 || b == 0x27 || b == 0x60 || b == 0x7F
  }

  @inline(__always) static func isBase64Byte(_ b: UInt8) -> Bool {
    ByteClassLite.isAlnum(b) || b == 0x2B || b == 0x2F || b == 0x2D || b == 0x5F
  }

  /// Whitespace/quote-delimited tokens: base85 as a whole, base64/hex/base32 runs inside,
  /// escape and percent runs.
  ///
  /// Only tokens of at least ``minimumLength`` (16) bytes are classified, and any run of 15
  /// or more non-separator bytes holds a whole 8-byte block of the grid that starts at `i`.
  /// So the text is read 8 bytes at a time with a branch-free test for separators, and only
  /// a block without one is widened to its token. Splitting every word of a prose file one
  /// byte at a time, with a mispredicted branch at each word end, was most of this rule's
  /// cost.
  private static func tokens(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ limit: Int, _ out: inout [Blob]) {
    guard let base = bytes.baseAddress else { return }
    let lower = max(0, range.lowerBound)
    let end = min(range.upperBound, bytes.count)
    let raw = UnsafeRawPointer(base)
    var run = HexWordRun()
    var i = lower
    while i + 8 <= end && out.count < limit {
      guard !hasSeparator(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) else {
        i += 8
        continue
      }
      var start = i
      while start > lower && !isSeparator(bytes[start - 1]) { start -= 1 }
      var stop = i + 8
      while stop < end && !isSeparator(bytes[stop]) { stop += 1 }
      // Longer tokens are never decoded (1 MiB cap), so they are not classified either.
      if stop - start >= minimumLength, stop - start <= maximumLength {
        classifyToken(bytes, start..<stop, &out)
        run.add(bytes, start..<stop, end, limit, &out)
      }
      i = stop
    }
    run.flush(bytes, end, limit, &out)
  }

  /// Hex split into words (`%w[6375726c202d7320 687474703a2f2f31 …]`, `["6375…", "6874…"]`):
  /// each word alone is too short, or decodes to a fragment; joined, they are one blob,
  /// emitted with the decoded bytes as its values.
  ///
  /// Words of at least ``minimumLength`` hex digits (even counts) that follow one another
  /// with only whitespace, quotes, commas and brackets between them join a run; one shorter
  /// hex word right after the run ends it (the last piece of a split payload). A run of two
  /// or more words is a candidate (``Kind/hexWords``). Each byte is read at most twice (as a token and in one
  /// gap), so the pass stays linear.
  struct HexWordRun {
    var start = -1
    var end = -1
    var words = 0
    var values: [Int] = []

    static func isHexWord(_ bytes: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
      r.count % 2 == 0 && r.allSatisfy { ByteClassLite.hexValue(bytes[$0]) != nil }
    }

    /// Whether only glue (whitespace, quotes, `,`, `[`, `]`, `(`, `)`, `+`) lies in `gap`.
    static func isGlue(_ bytes: UnsafeBufferPointer<UInt8>, _ gap: Range<Int>) -> Bool {
      gap.allSatisfy { k in
        let b = bytes[k]
        return b <= 0x20 || b == 0x22 || b == 0x27 || b == 0x2C || b == 0x5B || b == 0x5D || b == 0x28 || b == 0x29 || b == 0x2B
      }
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) {
      if start < 0 { start = r.lowerBound }
      var k = r.lowerBound
      while k + 1 < r.upperBound, values.count < DeobfBlobScanner.maximumLength {
        values.append(Int(ByteClassLite.hexValue(bytes[k])! << 4 | ByteClassLite.hexValue(bytes[k + 1])!))
        k += 2
      }
      end = r.upperBound
      words += 1
    }

    /// Takes the next long token: extends the run when it is a hex word right after it.
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Range<Int>, _ limit: Int, _ cap: Int, _ out: inout [Blob]) {
      let hex = Self.isHexWord(bytes, token)
      // A run at the decoding cap ends there and the next word starts another, so a file of
      // hex words is read in blobs of at most 1 MiB each, none dropped.
      if start >= 0, hex, values.count < DeobfBlobScanner.maximumLength, token.lowerBound - end <= 64,
        Self.isGlue(bytes, end..<token.lowerBound)
      {
        append(bytes, token)
        return
      }
      flush(bytes, limit, cap, &out)
      if hex { append(bytes, token) }
    }

    /// Emits the run (with one short hex word right after it) if it has two words or more.
    mutating func flush(_ bytes: UnsafeBufferPointer<UInt8>, _ limit: Int, _ cap: Int, _ out: inout [Blob]) {
      defer {
        start = -1
        words = 0
        values.removeAll(keepingCapacity: true)
      }
      guard start >= 0, words >= 1 else { return }
      var k = end
      while k < limit, k - end < 64, Self.isGlue(bytes, k..<(k + 1)) { k += 1 }
      var e = k
      while e < limit, e - k < DeobfBlobScanner.minimumLength, ByteClassLite.hexValue(bytes[e]) != nil { e += 1 }
      if e > k, e < limit, e - k < DeobfBlobScanner.minimumLength, Self.isGlue(bytes, e..<(e + 1)), Self.isHexWord(bytes, k..<e) {
        append(bytes, k..<e)
      }
      guard words >= 2, values.count >= DeobfBlobScanner.minimumLength, out.count < cap else { return }
      out.append(Blob(kind: .hexWords, range: start..<end, values: values))
    }
  }

  /// Whether any of the eight bytes of `word` is a separator (see ``isSeparator(_:)``):
  /// below 0x21, or `"`, `'`, `` ` ``, DEL. Exact, using the classic "has a byte below n"
  /// and "has a zero byte" word tricks.
  @inline(__always) static func hasSeparator(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    @inline(__always) func hasZero(_ v: UInt64) -> Bool { (v &- ones) & ~v & highs != 0 }
    let below = (word &- ones &* 0x21) & ~word & highs != 0
    return below || hasZero(word ^ (ones &* 0x22)) || hasZero(word ^ (ones &* 0x27))
      || hasZero(word ^ (ones &* 0x60)) || hasZero(word ^ (ones &* 0x7F))
  }

  private static func classifyToken(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Range<Int>, _ out: inout [Blob]) {
    var allB85 = true
    var b85Punct = 0
    var escapes = 0
    var percents = 0
    var upper = false
    var lower = false
    for k in token {
      let b = bytes[k]
      if !DeobfDecoders.isBase85Byte(b) { allB85 = false } else if !ByteClassLite.isAlnum(b) { b85Punct += 1 }
      if b == 0x5C, k + 1 < token.upperBound, bytes[k + 1] == 0x78 || bytes[k + 1] == 0x75 { escapes += 1 }
      if b == 0x25, k + 2 < token.upperBound, ByteClassLite.hexValue(bytes[k + 1]) != nil { percents += 1 }
      if b >= 0x41 && b <= 0x5A { upper = true }
      if b >= 0x61 && b <= 0x7A { lower = true }
    }
    let length = token.count
    if escapes >= 8 { out.append(Blob(kind: .escapes, range: token)) }
    if percents >= 8 { out.append(Blob(kind: .percent, range: token)) }
    if allB85, length >= 40, length <= maximumLength, upper, lower, b85Punct * 12 >= length {
      out.append(Blob(kind: .base85, range: token))
      return
    }
    // Alphabet-pure runs inside the token (`payload=SGVsbG8…`, `base64,iVBOR…`).
    var k = token.lowerBound
    while k < token.upperBound {
      while k < token.upperBound && !isBase64Byte(bytes[k]) { k += 1 }
      let s = k
      while k < token.upperBound && isBase64Byte(bytes[k]) { k += 1 }
      var e = k
      while e < token.upperBound && bytes[e] == 0x3D && e - k < 2 { e += 1 }
      guard k - s >= minimumLength, e - s <= maximumLength else { continue }
      if isDataURIPayload(bytes, s) { continue }
      out.append(Blob(kind: runKind(bytes, s..<k), range: s..<e))
    }
  }

  /// Hex when every byte is a hex digit (even count, ≥ 32); base32 when upper-case letters and
  /// 2–7 only (≥ 24); base64 otherwise.
  static func runKind(_ bytes: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Kind {
    var hex = r.count % 2 == 0 && r.count >= 32
    var b32 = r.count >= 24
    for k in r {
      let b = bytes[k]
      if hex && ByteClassLite.hexValue(b) == nil { hex = false }
      if b32 && !((b >= 0x41 && b <= 0x5A) || (b >= 0x32 && b <= 0x37)) { b32 = false }
      if !hex && !b32 { break }
    }
    return hex ? .hex : (b32 ? .base32 : .base64)
  }

  /// `data:image/png;base64,<payload>`: legitimate inline assets, never decoded (SC3 trap).
  static func isDataURIPayload(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
    guard start >= 7 else { return false }
    let lookback = max(0, start - 80)
    guard bytes[start - 1] == 0x2C else { return false }
    return ByteSearch.firstIndexIgnoringCase(of: Array("data:".utf8), in: Array(bytes[lookback..<start])) != nil
  }

  /// The integer list being read by ``numberLists(_:_:_:_:)``.
  private struct NumberList {
    var values: [Int] = []
    var start = -1
    var end = -1
    var chained = false

    /// Emits the list if it is long enough, then starts over.
    mutating func flush(_ limit: Int, _ out: inout [Blob]) {
      guard start >= 0 || chained else { return }
      if values.count >= 12, start >= 0, out.count < limit {
        let kind: Kind = values.allSatisfy({ $0 <= 255 }) && !chained ? .byteList : .charCodes
        if values.allSatisfy({ $0 <= 0x10FFFF }) {
          out.append(Blob(kind: kind, range: start..<end, values: values))
        }
      }
      values.removeAll(keepingCapacity: true)
      start = -1
      chained = false
    }
  }

  /// Runs of integers separated by commas or whitespace (`104,116,116`), and `chr(104)+chr(116)`
  /// / `[char]0x68` chains: both reduce to a list of numbers.
  private static func numberLists(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ limit: Int, _ out: inout [Blob]) {
    var list = NumberList()
    var i = range.lowerBound
    let end = min(range.upperBound, bytes.count)
    while i < end {
      // With no list open, every byte up to the next digit is passed over unchanged (the
      // branches below only advance `i`), so skip there in a tight loop: most of a text
      // has no digits.
      if list.start < 0 && !list.chained {
        while i < end && !ByteClassLite.isDigit(bytes[i]) { i += 1 }
        guard i < end else { break }
      }
      let b = bytes[i]
      if ByteClassLite.isDigit(b), i == 0 || !ByteClassLite.isAlpha(bytes[i - 1]) && bytes[i - 1] != 0x2E {
        var v = 0
        var s = i
        var isHex = false
        if b == 0x30, i + 1 < end, bytes[i + 1] | 0x20 == 0x78 {
          isHex = true
          s = i + 2
        }
        var k = s
        while k < end, k - s < 8, isHex ? ByteClassLite.hexValue(bytes[k]) != nil : ByteClassLite.isDigit(bytes[k]) {
          v = v * (isHex ? 16 : 10) + Int(isHex ? (ByteClassLite.hexValue(bytes[k]) ?? 0) : bytes[k] - 0x30)
          k += 1
        }
        if k < end, ByteClassLite.isAlpha(bytes[k]) || bytes[k] == 0x2E {
          list.flush(limit, &out)
          i = k
          continue
        }
        if list.start < 0 { list.start = i }
        list.values.append(v)
        list.end = k
        i = k
        if list.values.count > 1 << 16 { list.flush(limit, &out) }
        continue
      }
      // Separators allowed inside a list: commas, whitespace, and chain glue `)+chr(`.
      if b == 0x2C || b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 {
        i += 1
        continue
      }
      if list.start >= 0, let glue = chainGlue(bytes, i, end) {
        list.chained = true
        i = glue
        continue
      }
      if list.start >= 0 || list.chained { list.flush(limit, &out) }
      i += 1
    }
    list.flush(limit, &out)
  }

  /// The end of `)`, `+`, `(`, `&`, `chr(`, `chrw(`, `[char]`, `fromCharCode(` glue at `i`, or nil.
  static func chainGlue(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int? {
    let b = bytes[i]
    if b == 0x29 || b == 0x2B || b == 0x28 || b == 0x26 { return i + 1 }
    switch KeywordFilter.fold(b) {
    case 0x63:
      if let e = word(bytes, i, end, "chr(") { return e }
      return word(bytes, i, end, "chrw(")
    case 0x5B: return word(bytes, i, end, "[char]")
    case 0x66: return word(bytes, i, end, "fromcharcode(")
    default: return nil
    }
  }

  /// The end of lower-case `literal` at `i` (ASCII case-insensitive), or nil.
  @inline(__always) static func word(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int, _ literal: StaticString) -> Int? {
    let n = literal.utf8CodeUnitCount
    guard i + n <= end else { return nil }
    return literal.withUTF8Buffer { w in
      for k in 0..<n where KeywordFilter.fold(bytes[i + k]) != w[k] { return nil }
      return i + n
    }
  }
}
