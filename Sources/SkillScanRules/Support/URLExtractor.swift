import Foundation
import SkillScanCore

/// A URL found in text, with its parts split out once so rules can classify the host.
public struct FoundURL: Sendable, Hashable {
  /// Bytes of the URL in the searched buffer.
  public var range: Range<Int>
  /// The URL as written (trailing punctuation trimmed).
  public var text: String
  /// Lower-cased scheme (`http`, `https`, `ftp`, `ws`, `wss`).
  public var scheme: String
  /// Lower-cased host without userinfo, port or trailing dot; IPv6 literals keep brackets off.
  public var host: String
  /// The explicit port, when one is written.
  public var port: Int?
  /// Path, query and fragment as written (starts with `/`, `?` or `#`, or is empty).
  public var path: String
  /// Whether the authority carried `user@` (a classic way to disguise the real host).
  public var hasUserInfo: Bool

  /// The path lower-cased, for suffix and prefix checks.
  public var lowerPath: String { path.lowercased() }

  /// The last path segment without query or fragment (`…/x/tool.zip?dl=1` → `tool.zip`).
  ///
  /// Read as bytes: the first non-empty run between `?`/`#` marks, then its last non-empty
  /// run between slashes (what splitting at those marks gives, without building the parts;
  /// rules ask this of every URL of every file).
  public var fileName: String {
    var path = path
    return path.withUTF8 { u in
      let question = UInt8(ascii: "?"), hash = UInt8(ascii: "#"), slash = UInt8(ascii: "/")
      var start = 0
      while start < u.count && (u[start] == question || u[start] == hash) { start += 1 }
      var end = start
      while end < u.count && u[end] != question && u[end] != hash { end += 1 }
      while end > start && u[end - 1] == slash { end -= 1 }
      var nameStart = end
      while nameStart > start && u[nameStart - 1] != slash { nameStart -= 1 }
      return String(decoding: UnsafeBufferPointer(rebasing: u[nameStart..<end]), as: UTF8.self)
    }
  }
}

/// Finds URLs in bytes in one linear pass (taxonomy.md §5.2).
///
/// Rules need hosts from prose, Markdown links, strings and decoded payloads alike; a regex
/// over whole files is not allowed on attacker text, so the scan anchors on `://` and walks
/// outwards a bounded distance.
public enum URLExtractor {
  /// Schemes that fetch content.
  static let schemes: Set<String> = ["http", "https", "ftp", "ftps", "ws", "wss", "sftp"]
  /// Longest URL kept; longer runs are cut there (the host is what matters).
  public static let maxLength = 4096

  /// Every URL in `bytes[range]`, in order, at most `limit` of them.
  public static func urls(in bytes: [UInt8], range: Range<Int>? = nil, limit: Int = 2048) -> [FoundURL] {
    let r = range ?? 0..<bytes.count
    var found: [FoundURL] = []
    var i = max(r.lowerBound, 0) + 1
    let end = min(r.upperBound, bytes.count)
    while i + 2 < end && found.count < limit {
      // Skip to the next `://` without bounds checks: this loop sees every byte of the file.
      let next: Int? = bytes.withUnsafeBufferPointer { b in
        var k = i
        while k + 2 < end {
          if b[k] == 0x3A && b[k + 1] == 0x2F && b[k + 2] == 0x2F { return k }
          k += 1
        }
        return nil
      }
      guard let colon = next else { break }
      i = colon
      var s = i
      while s > r.lowerBound, i - s < 6, ByteClassLite.isAlpha(bytes[s - 1]) { s -= 1 }
      let scheme = String(decoding: bytes[s..<i], as: UTF8.self).lowercased()
      guard schemes.contains(scheme) else {
        i += 3
        continue
      }
      var e = i + 3
      var parens = 0
      while e < end, e - s < maxLength, isURLByte(bytes[e]) {
        if bytes[e] == 0x28 { parens += 1 }
        if bytes[e] == 0x29 {
          if parens == 0 { break }
          parens -= 1
        }
        e += 1
      }
      while e > i + 3, isTrailingPunctuation(bytes[e - 1]) { e -= 1 }
      if let url = parse(bytes, s..<e) { found.append(url) }
      i = max(e, i + 3)
    }
    return found
  }

  /// URLs in a string (offsets relative to its UTF-8 bytes).
  public static func urls(in text: String, limit: Int = 256) -> [FoundURL] {
    urls(in: Array(text.utf8), limit: limit)
  }

  /// Parses `scheme://authority/path` in `bytes[range]`.
  public static func parse(_ bytes: [UInt8], _ range: Range<Int>) -> FoundURL? {
    let text = String(decoding: bytes[range], as: UTF8.self)
    guard let sep = text.range(of: "://") else { return nil }
    let scheme = text[..<sep.lowerBound].lowercased()
    let rest = text[sep.upperBound...]
    let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" || $0 == "\\" } ?? rest.endIndex
    var authority = rest[..<authorityEnd]
    var userInfo = false
    if let at = authority.lastIndex(of: "@") {
      userInfo = true
      authority = authority[authority.index(after: at)...]
    }
    var host = Substring(authority)
    var port: Int?
    if host.hasPrefix("[") {
      if let close = host.firstIndex(of: "]") {
        let after = host[host.index(after: close)...]
        if after.hasPrefix(":") { port = Int(after.dropFirst()) }
        host = host[host.index(after: host.startIndex)..<close]
      }
    } else if let colon = host.lastIndex(of: ":") {
      port = Int(host[host.index(after: colon)...])
      host = host[..<colon]
    }
    var h = host.lowercased()
    while h.hasSuffix(".") { h.removeLast() }
    guard !h.isEmpty, h.utf8.count <= 253 else { return nil }
    return FoundURL(
      range: range, text: text, scheme: scheme, host: h, port: port,
      path: String(rest[authorityEnd...]), hasUserInfo: userInfo)
  }

  /// Parses a whole string as a URL (for shell arguments and metadata values).
  public static func parse(_ text: String) -> FoundURL? {
    let bytes = Array(text.utf8)
    return parse(bytes, 0..<bytes.count)
  }

  @inline(__always) static func isURLByte(_ b: UInt8) -> Bool {
    switch b {
    case 0x00...0x20, 0x22, 0x27, 0x3C, 0x3E, 0x5C, 0x5E, 0x60, 0x7B, 0x7C, 0x7D, 0x7F: false
    case 0x80...0xFF: false
    default: true
    }
  }

  @inline(__always) static func isTrailingPunctuation(_ b: UInt8) -> Bool {
    b == 0x2E || b == 0x2C || b == 0x3B || b == 0x3A || b == 0x21 || b == 0x3F || b == 0x2A
      || b == 0x5D || b == 0x29
  }
}

/// Tiny byte predicates for the Support helpers (the lexers' `ByteClass` is internal).
enum ByteClassLite {
  @inline(__always) static func isAlpha(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
  @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
  @inline(__always) static func isAlnum(_ b: UInt8) -> Bool { isAlpha(b) || isDigit(b) }
  @inline(__always) static func hexValue(_ b: UInt8) -> UInt8? {
    switch b {
    case 0x30...0x39: b - 0x30
    case 0x41...0x46: b - 0x37
    case 0x61...0x66: b - 0x57
    default: nil
    }
  }
}
