import Foundation
import ZIPFoundation

/// Writes ZIP bytes by hand, so tests can build what ZIPFoundation refuses to: traversal
/// names, encrypted flags, link entries and sizes that lie.
struct ZipBuilder {
  struct Entry {
    var name: String
    var data: [UInt8]
    var flags: UInt16 = 0
    /// 0 stored, 8 deflate (data is then compressed here).
    var method: UInt16 = 0
    /// Unix mode in the high 16 bits of the external attributes (0o120777 for a link).
    var unixMode: UInt32 = 0o100644
    /// Declared uncompressed size, when it should lie.
    var declaredSize: Int?
  }

  var entries: [Entry] = []

  mutating func add(_ name: String, _ text: String, flags: UInt16 = 0) {
    entries.append(Entry(name: name, data: Array(text.utf8), flags: flags))
  }

  func bytes() throws -> [UInt8] {
    var out: [UInt8] = []
    var central: [UInt8] = []
    for entry in entries {
      let payload = entry.method == 8 ? try Self.deflate(entry.data) : entry.data
      let crc = Data(entry.data).crc32(checksum: 0)
      let name = Array(entry.name.utf8)
      let usize = UInt32(entry.declaredSize ?? entry.data.count)
      let offset = UInt32(out.count)
      out +=
        le32(0x0403_4B50) + le16(20) + le16(entry.flags) + le16(entry.method) + le16(0) + le16(0x21)
      out +=
        le32(crc) + le32(UInt32(payload.count)) + le32(usize) + le16(UInt16(name.count)) + le16(0)
      out += name + payload
      central +=
        le32(0x0201_4B50) + le16(0x0314) + le16(20) + le16(entry.flags) + le16(entry.method)
      central += le16(0) + le16(0x21) + le32(crc) + le32(UInt32(payload.count)) + le32(usize)
      central += le16(UInt16(name.count)) + le16(0) + le16(0) + le16(0) + le16(0)
      central += le32(entry.unixMode << 16) + le32(offset) + name
    }
    let cdOffset = UInt32(out.count)
    out += central
    out +=
      le32(0x0605_4B50) + le16(0) + le16(0) + le16(UInt16(entries.count))
      + le16(UInt16(entries.count))
    out += le32(UInt32(central.count)) + le32(cdOffset) + le16(0)
    return out
  }

  /// Raw deflate through ZIPFoundation's zlib binding.
  static func deflate(_ data: [UInt8]) throws -> [UInt8] {
    var out: [UInt8] = []
    let source = Data(data)
    _ = try Data.compress(
      size: Int64(source.count),
      bufferSize: 64 * 1024,
      provider: { position, size in source.subdata(in: Int(position)..<(Int(position) + size)) },
      consumer: { out += $0 }
    )
    return out
  }

  /// A gzip file around raw deflate data (CRC left zero: the loader does not check it).
  static func gzip(_ data: [UInt8]) throws -> [UInt8] {
    [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3] + (try deflate(data)) + le32(0) + le32(UInt32(data.count))
  }

  /// A ustar archive of regular files.
  static func tar(_ files: [(String, String)]) -> [UInt8] {
    var out: [UInt8] = []
    for (name, text) in files {
      let data = Array(text.utf8)
      var header = [UInt8](repeating: 0, count: 512)
      header.replaceSubrange(0..<name.utf8.count, with: name.utf8)
      func field(_ at: Int, _ width: Int, _ value: Int) {
        let s = Array(String(value, radix: 8).utf8)
        let padded = [UInt8](repeating: 0x30, count: width - 1 - s.count) + s
        header.replaceSubrange(at..<(at + width - 1), with: padded)
      }
      field(100, 8, 0o644)
      field(124, 12, data.count)
      header[156] = UInt8(ascii: "0")
      header.replaceSubrange(257..<263, with: Array("ustar\0".utf8))
      header.replaceSubrange(263..<265, with: Array("00".utf8))
      header.replaceSubrange(148..<156, with: [UInt8](repeating: 0x20, count: 8))
      let sum = header.reduce(0) { $0 + Int($1) }
      let s = Array(String(sum, radix: 8).utf8)
      header.replaceSubrange(
        148..<155,
        with: [UInt8](repeating: 0x30, count: 6 - s.count) + s + [0]
      )
      out += header + data + [UInt8](repeating: 0, count: (512 - data.count % 512) % 512)
    }
    return out + [UInt8](repeating: 0, count: 1024)
  }
}

/// A zip written by ZIPFoundation itself (deflated), in memory.
func foundationZip(_ files: [(String, [UInt8])]) throws -> [UInt8] {
  let archive = try Archive(data: Data(), accessMode: .create)
  for (name, bytes) in files {
    let data = Data(bytes)
    try archive.addEntry(
      with: name,
      type: .file,
      uncompressedSize: Int64(data.count),
      compressionMethod: .deflate,
      provider: { position, size in data.subdata(in: Int(position)..<(Int(position) + size)) }
    )
  }
  return Array(archive.data ?? Data())
}

private func le16(_ v: UInt16) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8)] }
private func le32(_ v: UInt32) -> [UInt8] { (0..<4).map { UInt8((v >> (8 * $0)) & 0xFF) } }
