public import SkillScanCore

/// A forgiving JSON5-style reader for frontmatter values that YAML cannot parse.
///
/// OpenClaw flattens `metadata` to a string and re-parses it as JSON5, so skills in the wild
/// carry unquoted keys, single quotes, trailing commas and comments that strict parsers refuse.
/// Reading those here keeps the content analysable. Iterative bounds (depth, value count)
/// keep hostile input cheap; the reader never throws and returns nil when it gives up.
public enum LenientJSON {
  /// Deepest nesting accepted.
  public static let maxDepth = 64
  /// Most values read from one text.
  public static let maxValues = 100_000

  /// Parses `text` as JSON5-ish; nil when it is not a single value (trailing junk is an error).
  /// - Parameter text: the candidate JSON.
  /// - Returns: the value, with object keys in document order.
  public static func parse(_ text: String) -> YAMLValue? {
    var reader = Reader(bytes: Array(text.utf8))
    guard let value = reader.value(depth: 0) else { return nil }
    reader.skipTrivia()
    return reader.index == reader.bytes.count ? value : nil
  }

  private struct Reader {
    let bytes: [UInt8]
    var index = 0
    var values = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func value(depth: Int) -> YAMLValue? {
      values += 1
      guard depth <= LenientJSON.maxDepth, values <= LenientJSON.maxValues else { return nil }
      skipTrivia()
      guard index < bytes.count else { return nil }
      switch bytes[index] {
      case UInt8(ascii: "{"): return object(depth: depth)
      case UInt8(ascii: "["): return array(depth: depth)
      case UInt8(ascii: "\""), UInt8(ascii: "'"): return string().map(YAMLValue.string)
      default: return bare()
      }
    }

    private mutating func object(depth: Int) -> YAMLValue? {
      index += 1
      var pairs: [(key: String, value: YAMLValue)] = []
      while true {
        skipTrivia()
        guard index < bytes.count else { return nil }
        if bytes[index] == UInt8(ascii: "}") {
          index += 1
          return .map(pairs)
        }
        let key: String
        if bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
          guard let quoted = string() else { return nil }
          key = quoted
        } else {
          guard let word = word(), !word.isEmpty else { return nil }
          key = word
        }
        skipTrivia()
        guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
        index += 1
        guard let item = value(depth: depth + 1) else { return nil }
        pairs.append((key, item))
        guard separator(closing: UInt8(ascii: "}")) else { return nil }
      }
    }

    private mutating func array(depth: Int) -> YAMLValue? {
      index += 1
      var items: [YAMLValue] = []
      while true {
        skipTrivia()
        guard index < bytes.count else { return nil }
        if bytes[index] == UInt8(ascii: "]") {
          index += 1
          return .list(items)
        }
        guard let item = value(depth: depth + 1) else { return nil }
        items.append(item)
        guard separator(closing: UInt8(ascii: "]")) else { return nil }
      }
    }

    /// After a member: a comma (trailing commas allowed) or the closing bracket, left unread.
    private mutating func separator(closing: UInt8) -> Bool {
      skipTrivia()
      guard index < bytes.count else { return false }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        return true
      }
      return bytes[index] == closing
    }

    private mutating func string() -> String? {
      let quote = bytes[index]
      index += 1
      var out: [UInt8] = []
      while index < bytes.count {
        let b = bytes[index]
        index += 1
        if b == quote { return String(decoding: out, as: UTF8.self) }
        guard b == UInt8(ascii: "\\") else {
          out.append(b)
          continue
        }
        guard index < bytes.count else { return nil }
        let e = bytes[index]
        index += 1
        switch e {
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "u"): out += unicodeEscape()
        case 0x0A: break  // line continuation
        default: out.append(e)
        }
      }
      return nil
    }

    private mutating func unicodeEscape() -> [UInt8] {
      guard index + 4 <= bytes.count,
        let code = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
      else { return Array("\u{FFFD}".utf8) }
      index += 4
      let scalar = Unicode.Scalar(code) ?? "\u{FFFD}"
      return Array(String(Character(scalar)).utf8)
    }

    /// An unquoted key or literal: letters, digits, `_ $ - + .` and non-ASCII bytes.
    private mutating func word() -> String? {
      let start = index
      while index < bytes.count {
        let b = bytes[index]
        let ok =
          (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
          || b >= 0x80 || b == UInt8(ascii: "_") || b == UInt8(ascii: "$")
          || b == UInt8(ascii: "-") || b == UInt8(ascii: "+") || b == UInt8(ascii: ".")
        guard ok else { break }
        index += 1
      }
      return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private mutating func bare() -> YAMLValue? {
      guard let text = word(), !text.isEmpty else { return nil }
      switch text {
      case "true": return .bool(true)
      case "false": return .bool(false)
      case "null": return .null
      default:
        let numeric = text.utf8.first.map { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D || $0 == 0x2B || $0 == 0x2E } ?? false
        return numeric || text == "Infinity" || text == "NaN" ? .number(text) : nil
      }
    }

    /// Skips whitespace and `//` or `/* */` comments.
    mutating func skipTrivia() {
      while index < bytes.count {
        let b = bytes[index]
        if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
          index += 1
        } else if b == UInt8(ascii: "/"), index + 1 < bytes.count,
          bytes[index + 1] == UInt8(ascii: "/")
        {
          while index < bytes.count, bytes[index] != 0x0A { index += 1 }
        } else if b == UInt8(ascii: "/"), index + 1 < bytes.count,
          bytes[index + 1] == UInt8(ascii: "*")
        {
          index += 2
          while index + 1 < bytes.count,
            !(bytes[index] == UInt8(ascii: "*") && bytes[index + 1] == UInt8(ascii: "/"))
          {
            index += 1
          }
          index = min(bytes.count, index + 2)
        } else {
          return
        }
      }
    }
  }
}
