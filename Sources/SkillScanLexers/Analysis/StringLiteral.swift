public import SkillScanCore

/// The value a string literal denotes, in any supported language.
///
/// Rules extract URLs, IPs, paths and base64 blobs from literals, and the de-obfuscation stage
/// decodes `\x`/`\u` escapes; both need the value, not the source text. Decoding is linear and
/// capped at ``maxLength`` bytes, so a hostile literal cannot exhaust memory.
public enum StringLiteral {
  /// The longest value returned (1 MiB).
  public static let maxLength = 1 << 20

  /// The decoded value of `token`.
  ///
  /// - Shell: quotes removed, `$'…'` escapes decoded, `$vars` kept (``ShellWord``).
  /// - Python: prefixes (`r b u f` and pairs) and single/triple quotes removed; escapes
  ///   decoded unless raw; f-string `{…}` kept literally.
  /// - JavaScript: `'…'`, `"…"` and template literals (`${…}` kept literally); escapes decoded.
  /// - PowerShell: `'…'` (`''` → `'`), `"…"` with backtick escapes, here-strings `@'…'@`
  ///   `@"…"@` without their first and last line.
  /// - Other languages: surrounding quotes removed, JSON-style escapes decoded.
  /// A token that is not a quoted literal yields its text unchanged (shell words are unquoted).
  /// - Parameters:
  ///   - token: A token from the lexer of `language`.
  ///   - bytes: The host file's bytes.
  ///   - language: The language of the region the token came from.
  /// - Returns: The value, lossily decoded as UTF-8.
  public static func value(of token: Token, in bytes: [UInt8], language: Language) -> String {
    let r = ByteText.clamp(token.range, bytes.count)
    if language == .shell { return ShellWord.unquotedValue(Token(token.kind, r), bytes) }
    let value: [UInt8] = bytes.withUnsafeBufferPointer { b in
      guard token.kind == .string || token.kind == .heredoc else {
        return Array(b[r.lowerBound..<min(r.upperBound, r.lowerBound + maxLength)])
      }
      if token.kind == .heredoc { return Array(b[r.lowerBound..<min(r.upperBound, r.lowerBound + maxLength)]) }
      switch language {
      case .python: return python(r, b)
      case .powershell: return powershell(r, b)
      default:
        let q = quoted(r, b, prefix: 0)
        return EscapeDecoder.decode(q, b, style: .javascript, limit: maxLength)
      }
    }
    return String(decoding: value, as: UTF8.self)
  }

  /// Content between the quotes, without decoding (for module names and similar short keys).
  static func rawContent(_ token: Token, _ bytes: [UInt8]) -> String {
    let r = ByteText.clamp(token.range, bytes.count)
    return bytes.withUnsafeBufferPointer { b in
      var p = r.lowerBound
      while p < r.upperBound && ByteClass.isAlpha(b[p]) { p += 1 }
      let q = quoted(r, b, prefix: p - r.lowerBound)
      return String(decoding: b[q], as: UTF8.self)
    }
  }

  /// The range inside the quotes of a literal starting `prefix` bytes into `r`.
  static func quoted(_ r: Range<Int>, _ b: UnsafeBufferPointer<UInt8>, prefix: Int) -> Range<Int> {
    let open = r.lowerBound + prefix
    guard open < r.upperBound else { return r.upperBound..<r.upperBound }
    let quote = b[open]
    guard quote == 0x22 || quote == 0x27 || quote == 0x60 else { return r }
    var width = 1
    if open + 2 < r.upperBound, b[open + 1] == quote, b[open + 2] == quote, r.count - prefix >= 6 { width = 3 }
    let lo = open + width
    var hi = r.upperBound
    var k = 0
    while k < width && hi > lo && b[hi - 1] == quote {
      hi -= 1
      k += 1
    }
    if k < width { hi = r.upperBound }  // unterminated: keep everything after the opener
    return lo..<max(lo, hi)
  }

  private static func python(_ r: Range<Int>, _ b: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    var p = r.lowerBound
    var raw = false
    var isBytes = false
    while p < r.upperBound && ByteClass.isAlpha(b[p]) {
      let l = ByteClass.lower(b[p])
      if l == 0x72 { raw = true }
      if l == 0x62 { isBytes = true }
      p += 1
    }
    let q = quoted(r, b, prefix: p - r.lowerBound)
    if raw { return Array(b[q.lowerBound..<min(q.upperBound, q.lowerBound + maxLength)]) }
    return EscapeDecoder.decode(q, b, style: isBytes ? .pythonBytes : .python, limit: maxLength)
  }

  private static func powershell(_ r: Range<Int>, _ b: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    guard !r.isEmpty else { return [] }
    if b[r.lowerBound] == 0x40, r.count >= 2 {  // here-string: drop the opener and closer lines
      let quote = b[r.lowerBound + 1]
      var lo = r.lowerBound + 2
      while lo < r.upperBound && b[lo] != 0x0A { lo += 1 }
      lo = min(lo + 1, r.upperBound)
      var hi = r.upperBound
      if hi - 2 >= lo, b[hi - 1] == 0x40, b[hi - 2] == quote { hi -= 2 }
      while hi > lo && (b[hi - 1] == 0x0A || b[hi - 1] == 0x0D) { hi -= 1 }
      let body = lo..<hi
      if quote == 0x27 { return Array(b[body.lowerBound..<min(body.upperBound, body.lowerBound + maxLength)]) }
      return EscapeDecoder.decode(body, b, style: .powershell, limit: maxLength)
    }
    let q = quoted(r, b, prefix: 0)
    if b[r.lowerBound] == 0x27 {
      var out: [UInt8] = []
      out.reserveCapacity(min(q.count, maxLength))
      var i = q.lowerBound
      while i < q.upperBound && out.count < maxLength {
        out.append(b[i])
        i += (b[i] == 0x27 && i + 1 < q.upperBound && b[i + 1] == 0x27) ? 2 : 1
      }
      return out
    }
    return EscapeDecoder.decode(q, b, style: .powershell, limit: maxLength)
  }
}
