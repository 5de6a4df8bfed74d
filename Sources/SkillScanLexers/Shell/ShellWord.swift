public import SkillScanCore

/// Values of shell words, as a command would receive them (minus expansion).
///
/// Rules match arguments such as `-c`, `https://…` or `~/.ssh/id_rsa` regardless of how they
/// were quoted: `'-c'`, `"-c"` and `\-c` all mean `-c`. Expansions (`$HOME`, `$(…)`) are kept
/// literally because the scanner never evaluates anything.
public enum ShellWord {
  /// The longest value produced, so hostile words cannot exhaust memory.
  public static let maxLength = 1 << 20

  /// The word with quotes and backslash escapes removed; `$'…'` escapes decoded.
  ///
  /// - Parameters:
  ///   - token: A word, string or variable token.
  ///   - bytes: The host file's bytes.
  /// - Returns: The unquoted text (lossy UTF-8), at most ``maxLength`` bytes.
  public static func unquotedValue(_ token: Token, _ bytes: [UInt8]) -> String {
    let r = ByteText.clamp(token.range, bytes.count)
    return bytes.withUnsafeBufferPointer { b -> String in
      // Most words hold no quote, escape or `$`: their value is their bytes, decoded without
      // an intermediate array (every shell rule asks for argument values).
      var plain = r.count <= maxLength
      if plain {
        for i in r {
          let c = b[i]
          if c == 0x27 || c == 0x22 || c == 0x5C || c == 0x24 || c == 0xE2 || c == 0xEF {
            plain = false
            break
          }
        }
      }
      if plain { return String(decoding: UnsafeBufferPointer(rebasing: b[r]), as: UTF8.self) }
      let value = unquotedBytes(r, b)
      return String(decoding: value, as: UTF8.self)
    }
  }

  /// Whether the unquoted value of `token` equals `literal`, without building a `String`
  /// for words that obviously differ.
  public static func unquotedValue(_ token: Token, _ bytes: [UInt8], equals literal: String) -> Bool {
    // Unquoting never lengthens a word, so a shorter token cannot match.
    guard token.range.count >= literal.utf8.count else { return false }
    return unquotedValue(token, bytes) == literal
  }

  /// Unquotes `range` of `b`.
  static func unquotedBytes(_ range: Range<Int>, _ b: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(min(range.count, maxLength))
    var i = range.lowerBound
    let end = range.upperBound
    while i < end && out.count < maxLength {
      let c = b[i]
      switch c {
      case 0x27:
        i += 1
        while i < end && b[i] != 0x27 {
          out.append(b[i])
          i += 1
        }
        i += 1
      case 0x22:
        i += 1
        while i < end && b[i] != 0x22 && out.count < maxLength {
          if b[i] == 0x5C && i + 1 < end {
            let n = b[i + 1]
            if n == 0x22 || n == 0x5C || n == 0x24 || n == 0x60 {
              out.append(n)
              i += 2
              continue
            }
            if n == 0x0A {
              i += 2
              continue
            }
          }
          out.append(b[i])
          i += 1
        }
        i += 1
      case 0x24 where i + 1 < end && b[i + 1] == 0x27:
        var k = i + 2
        while k < end && b[k] != 0x27 { k += b[k] == 0x5C ? 2 : 1 }
        let inner = (i + 2)..<min(k, end)
        out += EscapeDecoder.decode(inner, b, style: .ansiC, limit: maxLength - out.count)
        i = k + 1
      case 0x5C:
        if i + 1 < end {
          if b[i + 1] != 0x0A { out.append(b[i + 1]) }
          i += 2
        } else {
          i += 1
        }
      case 0xE2 where isInvisible(at: i, b, end), 0xEF where isInvisible(at: i, b, end):
        // A zero-width character or stray BOM inside a word (`cu<U+200B>rl`): readers and
        // agents drop it, so the word is read without it. The character itself is reported
        // by the Unicode rule.
        i += 3
      default:
        out.append(c)
        i += 1
      }
    }
    return out
  }

  /// Whether the three bytes at `i` encode U+200B–U+200D, U+2060–U+2064 or U+FEFF.
  static func isInvisible(at i: Int, _ b: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
    guard i + 2 < end else { return false }
    let (b0, b1, b2) = (b[i], b[i + 1], b[i + 2])
    if b0 == 0xE2 && b1 == 0x80 && (0x8B...0x8D).contains(b2) { return true }
    if b0 == 0xE2 && b1 == 0x81 && (0xA0...0xA4).contains(b2) { return true }
    return b0 == 0xEF && b1 == 0xBB && b2 == 0xBF
  }
}
