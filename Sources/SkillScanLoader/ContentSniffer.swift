/// Recognises archives and binaries by their first bytes, so content decides and a renamed
/// file (`payload.png` that is really an ELF or a zip) cannot pass for something else.
enum ContentSniffer {
  /// Archive container formats.
  enum ArchiveFormat: String, Sendable {
    case zip, gzip, tar, sevenZip = "7z", rar, bzip2, xz, zstd

    /// Whether the loader can open it.
    var isSupported: Bool { self == .zip || self == .gzip || self == .tar }
  }

  /// Binary formats worth naming in a finding.
  enum BinaryFormat: String, Sendable {
    case elf = "ELF executable", machO = "Mach-O executable", pe = "Windows PE executable"
    case javaClass = "Java class file", pyc = "compiled Python bytecode", wasm = "WebAssembly"
    case pdf = "PDF document", png = "PNG image", jpeg = "JPEG image", gif = "GIF image"
    case webp = "WebP image", bmp = "BMP image", ico = "icon", woff = "WOFF font"
    case truetype = "TrueType font", opentype = "OpenType font", sqlite = "SQLite database"
    case appleDouble = "AppleDouble metadata"
    case unknown = "binary data"

    /// File extensions under which the format is an ordinary asset.
    var assetExtensions: Set<String> {
      switch self {
      case .png: ["png"]
      case .jpeg: ["jpg", "jpeg"]
      case .gif: ["gif"]
      case .webp: ["webp"]
      case .bmp: ["bmp"]
      case .ico: ["ico", "cur"]
      case .woff: ["woff", "woff2"]
      case .truetype: ["ttf", "ttc"]
      case .opentype: ["otf"]
      case .pdf: ["pdf"]
      default: []
      }
    }
  }

  static func archiveFormat(_ b: [UInt8]) -> ArchiveFormat? {
    if starts(b, [0x50, 0x4B, 0x03, 0x04]) || starts(b, [0x50, 0x4B, 0x05, 0x06])
      || starts(b, [0x50, 0x4B, 0x07, 0x08])
    {
      return .zip
    }
    if starts(b, [0x1F, 0x8B]) { return .gzip }
    if starts(b, [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]) { return .sevenZip }
    if starts(b, Array("Rar!\u{1A}\u{07}".utf8)) { return .rar }
    if starts(b, [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]) { return .xz }
    if starts(b, [0x28, 0xB5, 0x2F, 0xFD]) { return .zstd }
    if b.count >= 10, starts(b, Array("BZh".utf8)),
      b[4..<10].elementsEqual([0x31, 0x41, 0x59, 0x26, 0x53, 0x59])
    {
      return .bzip2
    }
    if TarReader.looksLikeTar(b) { return .tar }
    return nil
  }

  static func binaryFormat(_ b: [UInt8], lowerExtension ext: String) -> BinaryFormat? {
    if starts(b, [0x7F, 0x45, 0x4C, 0x46]) { return .elf }
    if starts(b, [0xFE, 0xED, 0xFA, 0xCE]) || starts(b, [0xFE, 0xED, 0xFA, 0xCF])
      || starts(b, [0xCE, 0xFA, 0xED, 0xFE]) || starts(b, [0xCF, 0xFA, 0xED, 0xFE])
    {
      return .machO
    }
    if starts(b, [0xCA, 0xFE, 0xBA, 0xBE]) { return ext == "class" ? .javaClass : .machO }
    if starts(b, [0x4D, 0x5A]) && b.count >= 64
      && ["exe", "dll", "sys", "scr", "com", "ocx", "cpl", "efi", ""].contains(ext)
    {
      return .pe
    }
    if b.count >= 16 && b[2] == 0x0D && b[3] == 0x0A && (ext == "pyc" || ext == "pyo") {
      return .pyc
    }
    if starts(b, [0x00, 0x61, 0x73, 0x6D]) { return .wasm }
    if starts(b, Array("%PDF-".utf8)) { return .pdf }
    if starts(b, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
    if starts(b, [0xFF, 0xD8, 0xFF]) { return .jpeg }
    if starts(b, Array("GIF87a".utf8)) || starts(b, Array("GIF89a".utf8)) { return .gif }
    if b.count >= 12 && starts(b, Array("RIFF".utf8)) && b[8..<12].elementsEqual("WEBP".utf8) {
      return .webp
    }
    if starts(b, Array("BM".utf8)) && ext == "bmp" { return .bmp }
    if starts(b, [0x00, 0x00, 0x01, 0x00]) || starts(b, [0x00, 0x00, 0x02, 0x00]) {
      if ext == "ico" || ext == "cur" { return .ico }
    }
    if starts(b, Array("wOFF".utf8)) || starts(b, Array("wOF2".utf8)) { return .woff }
    if starts(b, [0x00, 0x01, 0x00, 0x00]) || starts(b, Array("true".utf8))
      || starts(b, Array("ttcf".utf8))
    {
      if ext == "ttf" || ext == "ttc" { return .truetype }
    }
    if starts(b, Array("OTTO".utf8)) { return .opentype }
    if starts(b, Array("SQLite format 3\u{0}".utf8)) { return .sqlite }
    if starts(b, [0x00, 0x05, 0x16, 0x07]) { return .appleDouble }
    if hasNUL(b, within: 8192) { return .unknown }
    return nil
  }

  /// UTF-16 text with a byte-order mark, converted to UTF-8; nil when the bytes are not
  /// plausible UTF-16 text (odd length, or NUL code units that real text never holds).
  static func transcodedUTF16(_ b: [UInt8]) -> [UInt8]? {
    let little: Bool
    if starts(b, [0xFF, 0xFE]) {
      little = true
    } else if starts(b, [0xFE, 0xFF]) {
      little = false
    } else {
      return nil
    }
    guard b.count % 2 == 0 else { return nil }
    var units: [UInt16] = []
    units.reserveCapacity(b.count / 2 - 1)
    var i = 2
    while i + 1 < b.count {
      let unit =
        little ? UInt16(b[i]) | UInt16(b[i + 1]) << 8 : UInt16(b[i]) << 8 | UInt16(b[i + 1])
      if unit == 0 { return nil }
      units.append(unit)
      i += 2
    }
    return Array(String(decoding: units, as: UTF16.self).utf8)
  }

  static func hasNUL(_ b: [UInt8], within limit: Int) -> Bool {
    let n = min(limit, b.count)
    return b.withUnsafeBufferPointer { buffer in
      for i in 0..<n where buffer[i] == 0 { return true }
      return false
    }
  }

  static func starts(_ b: [UInt8], _ prefix: [UInt8]) -> Bool {
    b.count >= prefix.count && b[0..<prefix.count].elementsEqual(prefix)
  }
}
