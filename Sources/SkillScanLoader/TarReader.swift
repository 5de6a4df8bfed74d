/// Lists the members of a tar file in memory (ustar, GNU long names, pax `path`).
///
/// Member data stays in the input buffer: the reader only returns ranges, so nothing is
/// copied until a member is accepted by the caller's caps.
struct TarReader {
  enum MemberType: Equatable { case file, directory, link(String), other }

  struct Member {
    var name: String
    var type: MemberType
    var data: Range<Int>
  }

  var members: [Member] = []
  /// Why reading stopped before the end marker, if it did.
  var damage: String?
  /// Whether the member limit stopped the listing.
  var truncated = false

  init(_ b: [UInt8], maxEntries: Int) {
    var p = 0
    var longName: String?
    var longLink: String?
    while p + 512 <= b.count {
      if b[p..<(p + 512)].allSatisfy({ $0 == 0 }) { return }
      guard Self.checksumMatches(b, p), let size = Self.number(b, p + 124, 12) else {
        damage = "damaged header at byte \(p)"
        return
      }
      let header = p
      let flag = b[header + 156]
      let start = p + 512
      guard size <= b.count - start else {
        damage = "member at byte \(p) runs past the end"
        return
      }
      let data = start..<(start + size)
      p = start + (size + 511) / 512 * 512
      switch flag {
      case UInt8(ascii: "L"):
        longName = Self.string(b[data])
        continue
      case UInt8(ascii: "K"):
        longLink = Self.string(b[data])
        continue
      case UInt8(ascii: "x"):
        let pax = Self.pax(Array(b[data]))
        longName = pax["path"] ?? longName
        longLink = pax["linkpath"] ?? longLink
        continue
      case UInt8(ascii: "g"):
        continue
      default:
        break
      }
      var name = longName ?? Self.string(b[header..<(header + 100)])
      if longName == nil, b[(header + 257)..<(header + 262)].elementsEqual("ustar".utf8) {
        let prefix = Self.string(b[(header + 345)..<(header + 500)])
        if !prefix.isEmpty { name = prefix + "/" + name }
      }
      let link = longLink ?? Self.string(b[(header + 157)..<(header + 257)])
      longName = nil
      longLink = nil
      let type: MemberType =
        switch flag {
        case 0, UInt8(ascii: "0"), UInt8(ascii: "7"): name.hasSuffix("/") ? .directory : .file
        case UInt8(ascii: "5"): .directory
        case UInt8(ascii: "1"), UInt8(ascii: "2"): .link(link)
        default: .other
        }
      if members.count >= maxEntries {
        truncated = true
        return
      }
      members.append(Member(name: name, type: type, data: type == .file ? data : start..<start))
    }
  }

  /// Whether `b` starts with a ustar header whose checksum is right.
  static func looksLikeTar(_ b: [UInt8]) -> Bool {
    b.count >= 512 && b[257..<262].elementsEqual("ustar".utf8) && checksumMatches(b, 0)
  }

  private static func checksumMatches(_ b: [UInt8], _ p: Int) -> Bool {
    guard let stored = number(b, p + 148, 8) else { return false }
    var sum = 0
    for i in 0..<512 { sum += (148..<156).contains(i) ? 0x20 : Int(b[p + i]) }
    return sum == stored
  }

  /// An octal field, or a base-256 one when the high bit of its first byte is set.
  private static func number(_ b: [UInt8], _ p: Int, _ width: Int) -> Int? {
    if b[p] & 0x80 != 0 {
      var value = 0
      for i in 1..<width {
        guard value < Int.max >> 9 else { return nil }
        value = value << 8 | Int(b[p + i])
      }
      return value
    }
    var value = 0
    var digits = 0
    for i in p..<(p + width) {
      let c = b[i]
      if c == 0 || c == 0x20 {
        if digits > 0 { break } else { continue }
      }
      guard c >= 0x30 && c <= 0x37, value < Int.max >> 4 else { return nil }
      value = value * 8 + Int(c - 0x30)
      digits += 1
    }
    return value
  }

  private static func string(_ s: ArraySlice<UInt8>) -> String {
    let end = s.firstIndex(of: 0) ?? s.endIndex
    return String(decoding: s[s.startIndex..<end], as: UTF8.self)
  }

  /// `"<len> key=value\n"` records of a pax extended header.
  private static func pax(_ b: [UInt8]) -> [String: String] {
    var out: [String: String] = [:]
    for record in b.split(separator: 0x0A) {
      guard let space = record.firstIndex(of: 0x20), let eq = record[space...].firstIndex(of: 0x3D)
      else {
        continue
      }
      let key = String(decoding: record[(space + 1)..<eq], as: UTF8.self)
      out[key] = String(decoding: record[(eq + 1)...], as: UTF8.self)
    }
    return out
  }
}
