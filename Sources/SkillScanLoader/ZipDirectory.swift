/// Reads a ZIP central directory from bytes in memory.
///
/// Written here rather than using `ZIPFoundation.Archive` because the loader must see every
/// entry of a hostile archive: ZIPFoundation's entry iterator ends at the first encrypted
/// entry (its `Entry` initialiser returns nil), which would hide everything after it. Entry
/// data is inflated with ZIPFoundation's `Data.decompress` (see ``Inflater``).
struct ZipDirectory {
  struct Entry: Sendable {
    var name: String
    var flags: UInt16
    var method: UInt16
    var compressedSize: Int
    var uncompressedSize: Int
    /// Offset of the entry's data (after its local header).
    var dataOffset: Int?
    var isSymlink: Bool
    var isDirectory: Bool

    var isEncrypted: Bool { flags & 1 != 0 || method == 99 }
  }

  var entries: [Entry] = []
  /// Set when the directory lists more entries than were read (limit or damage).
  var truncatedAt: Int?
  /// Why reading stopped early, if it did.
  var damage: String?
  /// Entries the archive declares.
  var declaredCount = 0

  /// Parses the directory; `maxEntries` bounds the work on a hostile entry count.
  init(_ b: [UInt8], maxEntries: Int) {
    guard let eocd = Self.findEndRecord(b) else {
      damage = "no end-of-central-directory record"
      return
    }
    var count = Int(Self.u16(b, eocd + 10))
    var size = Int(Self.u32(b, eocd + 12))
    var offset = Int(Self.u32(b, eocd + 16))
    if (count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF), eocd >= 20,
      Self.u32(b, eocd - 20) == 0x0706_4B50
    {
      let z = Int(clamping: Self.u64(b, eocd - 12))
      if z >= 0, z <= b.count - 56, Self.u32(b, z) == 0x0606_4B50 {
        count = Int(clamping: Self.u64(b, z + 32))
        size = Int(clamping: Self.u64(b, z + 40))
        offset = Int(clamping: Self.u64(b, z + 48))
      }
    }
    declaredCount = count
    // Data prepended to the archive (self-extractors) shifts every offset by the same amount.
    let shift = offset.addingReportingOverflow(size).overflow ? 0 : max(0, eocd - (offset + size))
    var p = offset.addingReportingOverflow(shift).overflow ? Int.max : offset + shift
    for index in 0..<count {
      if index >= maxEntries {
        truncatedAt = index
        return
      }
      guard p >= 0, p <= b.count - 46, Self.u32(b, p) == 0x0201_4B50 else {
        damage = "central directory entry \(index + 1) is damaged"
        truncatedAt = index
        return
      }
      let madeBy = Self.u16(b, p + 4) >> 8
      let nameLength = Int(Self.u16(b, p + 28))
      let extraLength = Int(Self.u16(b, p + 30))
      let commentLength = Int(Self.u16(b, p + 32))
      let attributes = Self.u32(b, p + 38)
      guard p + 46 + nameLength + extraLength <= b.count else {
        damage = "central directory entry \(index + 1) is truncated"
        truncatedAt = index
        return
      }
      let name = String(decoding: b[(p + 46)..<(p + 46 + nameLength)], as: UTF8.self)
      var compressed = Int(Self.u32(b, p + 20))
      var uncompressed = Int(Self.u32(b, p + 24))
      var local = Int(Self.u32(b, p + 42))
      Self.applyZip64(
        b,
        extra: (p + 46 + nameLength)..<(p + 46 + nameLength + extraLength),
        uncompressed: &uncompressed,
        compressed: &compressed,
        offset: &local
      )
      let unixType = (attributes >> 16) & 0xF000
      let isUnix = madeBy == 3 || madeBy == 19
      entries.append(
        Entry(
          name: name,
          flags: Self.u16(b, p + 8),
          method: Self.u16(b, p + 10),
          compressedSize: compressed,
          uncompressedSize: uncompressed,
          dataOffset: Self.dataOffset(b, local: local, shift: shift),
          isSymlink: isUnix && unixType == 0xA000,
          isDirectory: name.hasSuffix("/") || name.hasSuffix("\\") || (isUnix && unixType == 0x4000)
        )
      )
      p += 46 + nameLength + extraLength + commentLength
    }
  }

  private static func findEndRecord(_ b: [UInt8]) -> Int? {
    guard b.count >= 22 else { return nil }
    var p = b.count - 22
    let lowest = max(0, b.count - 22 - 0xFFFF)
    while p >= lowest {
      if b[p] == 0x50 && u32(b, p) == 0x0605_4B50 { return p }
      p -= 1
    }
    return nil
  }

  private static func dataOffset(_ b: [UInt8], local: Int, shift: Int) -> Int? {
    guard local >= 0, local <= b.count - 30 - shift else { return nil }
    let start = local + shift
    guard u32(b, start) == 0x0403_4B50 else { return nil }
    let end = start + 30 + Int(u16(b, start + 26)) + Int(u16(b, start + 28))
    return end <= b.count ? end : nil
  }

  private static func applyZip64(
    _ b: [UInt8],
    extra: Range<Int>,
    uncompressed: inout Int,
    compressed: inout Int,
    offset: inout Int
  ) {
    var p = extra.lowerBound
    while p + 4 <= extra.upperBound {
      let id = u16(b, p)
      let length = Int(u16(b, p + 2))
      if id == 0x0001 {
        var q = p + 4
        let end = min(p + 4 + length, extra.upperBound)
        for field in [0, 1, 2] where q + 8 <= end {
          let value = Int(clamping: u64(b, q))
          switch field {
          case 0 where uncompressed == 0xFFFF_FFFF: uncompressed = value; q += 8
          case 1 where compressed == 0xFFFF_FFFF: compressed = value; q += 8
          case 2 where offset == 0xFFFF_FFFF: offset = value; q += 8
          default: continue
          }
        }
        return
      }
      p += 4 + length
    }
  }

  static func u16(_ b: [UInt8], _ p: Int) -> UInt16 {
    guard p >= 0, p + 2 <= b.count else { return 0 }
    return UInt16(b[p]) | UInt16(b[p + 1]) << 8
  }

  static func u32(_ b: [UInt8], _ p: Int) -> UInt32 {
    guard p >= 0, p + 4 <= b.count else { return 0 }
    return UInt32(b[p]) | UInt32(b[p + 1]) << 8 | UInt32(b[p + 2]) << 16 | UInt32(b[p + 3]) << 24
  }

  static func u64(_ b: [UInt8], _ p: Int) -> UInt64 {
    UInt64(u32(b, p)) | UInt64(u32(b, p + 4)) << 32
  }
}
