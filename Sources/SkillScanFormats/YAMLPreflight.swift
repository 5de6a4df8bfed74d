import SkillScanCore

/// Cheap byte-level checks and fixes applied to frontmatter YAML before Yams sees it.
///
/// libyaml refuses tab indentation that agents' parsers accept, and Yams hashes mapping keys
/// to detect duplicates, which is exponential when an alias of an alias bomb is used as a key.
/// Both are handled here in one linear pass so the parser itself stays simple.
enum YAMLPreflight {
  /// Largest YAML text handed to Yams; larger blocks get only the line fallback.
  static let maxYAMLBytes = 1 << 20

  struct Result {
    /// The YAML with leading tabs turned into spaces (same length, so lines and offsets hold).
    var bytes: [UInt8]
    /// 0-based line (relative to the YAML text) of the first tab-indented line.
    var firstTabLine: Int?
    /// Why the YAML must not be given to Yams, if it must not.
    var refusal: String?
  }

  static func run(_ yaml: ArraySlice<UInt8>) -> Result {
    var bytes = Array(yaml)
    var firstTabLine: Int?
    var line = 0
    var atLineStart = true
    var sawAnchor = false
    var aliasAsKey = false
    var complexKey = false
    var i = 0
    while i < bytes.count {
      let b = bytes[i]
      if b == 0x0A {
        line += 1
        atLineStart = true
        i += 1
        continue
      }
      if atLineStart {
        if b == 0x09 {
          bytes[i] = 0x20
          if firstTabLine == nil { firstTabLine = line }
          i += 1
          continue
        }
        if b != 0x20 && b != UInt8(ascii: "-") {
          atLineStart = false
          if b == UInt8(ascii: "?") { complexKey = true }
        }
      }
      if b == UInt8(ascii: "&") || b == UInt8(ascii: "*"), startsToken(bytes, i),
        i + 1 < bytes.count, isAnchorByte(bytes[i + 1])
      {
        var end = i + 1
        while end < bytes.count, isAnchorByte(bytes[end]) { end += 1 }
        if b == UInt8(ascii: "&") {
          sawAnchor = true
        } else if followedByColon(bytes, end) {
          aliasAsKey = true
        }
        i = end
        continue
      }
      if (b == UInt8(ascii: "]") || b == UInt8(ascii: "}")), followedByColon(bytes, i + 1) {
        complexKey = true
      }
      i += 1
    }
    var refusal: String?
    if yaml.count > maxYAMLBytes {
      refusal = "frontmatter is \(yaml.count) bytes, over the \(maxYAMLBytes)-byte parse limit"
    } else if sawAnchor && (aliasAsKey || complexKey) {
      refusal = "YAML anchors combined with alias or collection keys are not expanded"
    }
    return Result(bytes: bytes, firstTabLine: firstTabLine, refusal: refusal)
  }

  /// Whether the byte at `i` can open an anchor or alias token (start of line or after a
  /// separator), so `Bash(git:*)` and `a*b` are not mistaken for aliases.
  private static func startsToken(_ bytes: [UInt8], _ i: Int) -> Bool {
    guard i > 0 else { return true }
    switch bytes[i - 1] {
    case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ","),
      UInt8(ascii: ":"), UInt8(ascii: "-"), UInt8(ascii: "?"):
      return true
    default: return false
    }
  }

  /// libyaml's anchor characters: ASCII letters, digits, `_` and `-`.
  static func isAnchorByte(_ b: UInt8) -> Bool {
    (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
      || b == UInt8(ascii: "_") || b == UInt8(ascii: "-")
  }

  /// Whether optional blanks and then a `:` follow position `i` (an implicit key ends there).
  private static func followedByColon(_ bytes: [UInt8], _ i: Int) -> Bool {
    var j = i
    while j < bytes.count, bytes[j] == 0x20 || bytes[j] == 0x09 { j += 1 }
    return j < bytes.count && bytes[j] == UInt8(ascii: ":")
  }
}
