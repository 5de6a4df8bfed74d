import SkillScanCompression

/// Byte decoders for the encodings payloads hide behind (taxonomy.md §2.5, SC3).
///
/// Every decoder is linear in its input, never throws, and returns nil when the input is not
/// in its alphabet, so the de-obfuscation engine can simply try them in turn. Inputs are
/// capped by the caller (``DeobfEngine/Limits``).
public enum DeobfDecoders {
  private static let b64Table: [Int8] = {
    var t = [Int8](repeating: -1, count: 256)
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".utf8)
    for (i, c) in alphabet.enumerated() { t[Int(c)] = Int8(i) }
    t[Int(UInt8(ascii: "+"))] = 62
    t[Int(UInt8(ascii: "-"))] = 62
    t[Int(UInt8(ascii: "/"))] = 63
    t[Int(UInt8(ascii: "_"))] = 63
    return t
  }()

  /// Largest output ``inflated(_:)`` produces: a decoded blob is read for what it says, and a
  /// decompression bomb stops here.
  public static let inflateLimit = 1 << 20

  /// The content of a zlib or gzip stream (`eJz…`, `H4sI…` once base64 is removed), at most
  /// ``inflateLimit`` bytes; nil for anything else or a broken or oversized stream.
  public static func inflated(_ bytes: [UInt8]) -> [UInt8]? {
    if Inflater.isZlib(bytes), case .success(let out) = Inflater.zlib(bytes, limit: inflateLimit) { return out }
    if bytes.count >= 18, bytes[0] == 0x1F, bytes[1] == 0x8B, case .success(let out) = Inflater.gunzip(bytes, limit: inflateLimit) {
      return out.bytes
    }
    return nil
  }

  /// Standard or URL-safe base64, with or without padding; whitespace inside is skipped.
  public static func base64<C: Collection>(_ input: C) -> [UInt8]? where C.Element == UInt8 {
    var out: [UInt8] = []
    out.reserveCapacity(input.count * 3 / 4)
    var acc: UInt32 = 0
    var bits = 0
    var count = 0
    var sawPad = false
    for c in input {
      if c == 0x3D {
        sawPad = true
        continue
      }
      if c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { continue }
      let v = b64Table[Int(c)]
      guard v >= 0, !sawPad else { return nil }
      acc = (acc << 6) | UInt32(v)
      bits += 6
      count += 1
      if bits >= 8 {
        bits -= 8
        out.append(UInt8(truncatingIfNeeded: acc >> UInt32(bits)))
      }
    }
    guard count % 4 != 1 else { return nil }
    return out
  }

  /// RFC 4648 base32 (upper or lower case), padding optional.
  public static func base32<C: Collection>(_ input: C) -> [UInt8]? where C.Element == UInt8 {
    var out: [UInt8] = []
    var acc: UInt64 = 0
    var bits = 0
    for c in input {
      if c == 0x3D { continue }
      let u = c >= 0x61 && c <= 0x7A ? c - 0x20 : c
      let v: UInt8
      switch u {
      case 0x41...0x5A: v = u - 0x41
      case 0x32...0x37: v = u - 0x32 + 26
      default: return nil
      }
      acc = (acc << 5) | UInt64(v)
      bits += 5
      if bits >= 8 {
        bits -= 8
        out.append(UInt8(truncatingIfNeeded: acc >> UInt64(bits)))
      }
    }
    return out
  }

  /// Hex pairs (`68747470`), optionally `0x`-prefixed as a whole.
  public static func hex<C: Collection>(_ input: C) -> [UInt8]? where C.Element == UInt8 {
    var out: [UInt8] = []
    out.reserveCapacity(input.count / 2)
    var high: UInt8?
    for c in input {
      guard let v = ByteClassLite.hexValue(c) else { return nil }
      if let h = high {
        out.append(h << 4 | v)
        high = nil
      } else {
        high = v
      }
    }
    return high == nil ? out : nil
  }

  private static let b85Table: [Int8] = {
    var t = [Int8](repeating: -1, count: 256)
    let alphabet = Array(
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~".utf8)
    for (i, c) in alphabet.enumerated() { t[Int(c)] = Int8(i) }
    return t
  }()

  /// Whether `b` is in the RFC 1924 / Python `b85encode` alphabet.
  @inline(__always) public static func isBase85Byte(_ b: UInt8) -> Bool { b85Table[Int(b)] >= 0 }

  /// RFC 1924 base85 (Python's `base64.b85decode`), trailing partial group padded as Python does.
  public static func base85<C: Collection>(_ input: C) -> [UInt8]? where C.Element == UInt8 {
    var out: [UInt8] = []
    out.reserveCapacity(input.count * 4 / 5)
    var acc: UInt64 = 0
    var n = 0
    for c in input {
      let v = b85Table[Int(c)]
      guard v >= 0 else { return nil }
      acc = acc * 85 + UInt64(v)
      n += 1
      if n == 5 {
        guard acc <= 0xFFFF_FFFF else { return nil }
        out += [UInt8(acc >> 24 & 0xFF), UInt8(acc >> 16 & 0xFF), UInt8(acc >> 8 & 0xFF), UInt8(acc & 0xFF)]
        acc = 0
        n = 0
      }
    }
    if n > 0 {
      let missing = 5 - n
      for _ in 0..<missing { acc = acc * 85 + 84 }
      guard acc <= 0xFFFF_FFFF else { return nil }
      let full = [UInt8(acc >> 24 & 0xFF), UInt8(acc >> 16 & 0xFF), UInt8(acc >> 8 & 0xFF), UInt8(acc & 0xFF)]
      out += full.prefix(4 - missing)
    }
    return out
  }

  /// `%41%42` percent-encoding (other bytes pass through; `+` stays `+`).
  public static func percent<C: Collection>(_ input: C) -> [UInt8] where C.Element == UInt8 {
    let a = Array(input)
    var out: [UInt8] = []
    out.reserveCapacity(a.count)
    var i = 0
    while i < a.count {
      if a[i] == 0x25, i + 2 < a.count, let h = ByteClassLite.hexValue(a[i + 1]), let l = ByteClassLite.hexValue(a[i + 2]) {
        out.append(h << 4 | l)
        i += 3
      } else {
        out.append(a[i])
        i += 1
      }
    }
    return out
  }

  /// `\xNN`, `\uNNNN`, `\NNN` octal and `\n`-style escapes outside any string syntax (prose,
  /// `printf` arguments).
  public static func escapes<C: Collection>(_ input: C) -> [UInt8] where C.Element == UInt8 {
    let a = Array(input)
    var out: [UInt8] = []
    out.reserveCapacity(a.count)
    var i = 0
    while i < a.count {
      guard a[i] == 0x5C, i + 1 < a.count else {
        out.append(a[i])
        i += 1
        continue
      }
      let n = a[i + 1]
      if n == 0x78 || n == 0x75 {  // \x \u
        let digits = n == 0x78 ? 2 : 4
        var v: UInt32 = 0
        var k = 0
        while k < digits, i + 2 + k < a.count, let h = ByteClassLite.hexValue(a[i + 2 + k]) {
          v = v * 16 + UInt32(h)
          k += 1
        }
        if k == 0 {
          out.append(a[i])
          i += 1
          continue
        }
        if v < 0x100 && n == 0x78 { out.append(UInt8(v)) } else { appendScalar(v, &out) }
        i += 2 + k
      } else if n >= 0x30 && n <= 0x37 {
        var v: UInt32 = 0
        var k = 0
        while k < 3, i + 1 + k < a.count, a[i + 1 + k] >= 0x30, a[i + 1 + k] <= 0x37 {
          v = v * 8 + UInt32(a[i + 1 + k] - 0x30)
          k += 1
        }
        out.append(UInt8(truncatingIfNeeded: v))
        i += 1 + k
      } else {
        switch n {
        case 0x6E: out.append(0x0A)
        case 0x74: out.append(0x09)
        case 0x72: out.append(0x0D)
        default: out.append(n)
        }
        i += 2
      }
    }
    return out
  }

  /// ROT13 over ASCII letters.
  public static func rot13<C: Collection>(_ input: C) -> [UInt8] where C.Element == UInt8 {
    input.map { c in
      switch c {
      case 0x41...0x5A: (c - 0x41 + 13) % 26 + 0x41
      case 0x61...0x7A: (c - 0x61 + 13) % 26 + 0x61
      default: c
      }
    }
  }

  /// UTF-16LE bytes (PowerShell `-EncodedCommand`) to UTF-8; nil when the high bytes are not
  /// mostly zero.
  public static func utf16LE(_ bytes: [UInt8]) -> [UInt8]? {
    guard bytes.count >= 4, bytes.count % 2 == 0 else { return nil }
    var zeros = 0
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var i = 0
    while i + 1 < bytes.count {
      if bytes[i + 1] == 0 { zeros += 1 }
      units.append(UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8)
      i += 2
    }
    guard zeros * 10 >= units.count * 8 else { return nil }
    return Array(String(decoding: units, as: UTF16.self).utf8)
  }

  static func appendScalar(_ value: UInt32, _ out: inout [UInt8]) {
    let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
    out += Array(String(Character(scalar)).utf8)
  }
}
