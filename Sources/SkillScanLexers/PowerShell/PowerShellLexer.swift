public import SkillScanCore

/// Lexes PowerShell into ``Token``s in one forward pass.
///
/// Commands, arguments and parameters (`Invoke-WebRequest`, `Net.WebClient`, `-Uri`,
/// `https://x/y`) are `.word`; a backtick escapes the next byte inside a word, and a
/// backtick-newline continues the line. `$x`, `${x}`, `$env:PATH` are `.variable`. `'…'`
/// (`''` escapes a quote), `"…"` (backtick escapes) and here-strings `@'…'@`, `@"…"@` are
/// `.string`. `#` and `<# … #>` are `.comment`. `|`, `;`, `,`, `(`, `)`, `{`, `}`, `[`, `]`,
/// `=`, `.`, `&`, `&&`, `||`, redirections, and the openers `$(`, `@(`, `@{` are `.op`.
/// Unterminated literals end at the end of input.
public enum PowerShellLexer {
  /// Tokenizes `bytes[range]` (the whole buffer when `range` is nil).
  ///
  /// - Parameters:
  ///   - bytes: The host file's bytes; token ranges are offsets into it.
  ///   - range: The part to lex, e.g. a fenced block's content.
  /// - Returns: Tokens in source order.
  public static func tokenize(_ bytes: [UInt8], in range: Range<Int>? = nil) -> [Token] {
    let r = ByteText.clamp(range ?? 0..<bytes.count, bytes.count)
    var tokens: [Token] = []
    tokens.reserveCapacity(r.count / 5 + 8)
    bytes.withUnsafeBufferPointer { b in
      var i = r.lowerBound
      let end = r.upperBound
      func at(_ k: Int) -> UInt8 { k < end ? b[k] : 0 }
      while i < end {
        let c = b[i]
        let start = i
        switch c {
        case 0x20, 0x09, 0x0D, 0x0C, 0x0B:
          i += 1
        case 0x0A:
          tokens.append(Token(.newline, i..<i + 1))
          i += 1
        case 0x60 where at(i + 1) == 0x0A || (at(i + 1) == 0x0D && at(i + 2) == 0x0A):
          i += at(i + 1) == 0x0A ? 2 : 3
        case 0x23:
          while i < end && b[i] != 0x0A { i += 1 }
          tokens.append(Token(.comment, start..<i))
        case 0x3C where at(i + 1) == 0x23:
          i += 2
          while i < end && !(b[i] == 0x23 && at(i + 1) == 0x3E) { i += 1 }
          i = min(end, i + 2)
          tokens.append(Token(.comment, start..<i))
        case 0x27:
          i += 1
          while i < end {
            if b[i] == 0x27 {
              if at(i + 1) == 0x27 { i += 2; continue }
              i += 1
              break
            }
            i += 1
          }
          tokens.append(Token(.string, start..<i))
        case 0x22:
          i += 1
          while i < end && b[i] != 0x22 { i += b[i] == 0x60 ? 2 : 1 }
          i = min(end, i + 1)
          tokens.append(Token(.string, start..<i))
        case 0x40 where at(i + 1) == 0x27 || at(i + 1) == 0x22:
          i = hereString(b, i, end)
          tokens.append(Token(.string, start..<i))
        case 0x40 where at(i + 1) == 0x28 || at(i + 1) == 0x7B:
          i += 2
          tokens.append(Token(.op, start..<i))
        case 0x24:
          if at(i + 1) == 0x28 {
            i += 2
            tokens.append(Token(.op, start..<i))
          } else if at(i + 1) == 0x7B {
            while i < end && b[i] != 0x7D { i += 1 }
            i = min(end, i + 1)
            tokens.append(Token(.variable, start..<i))
          } else {
            i += 1
            while i < end && (ByteClass.isIdent(b[i]) || b[i] == 0x3A && ByteClass.isIdent(at(i + 1))) { i += 1 }
            if i == start + 1, i < end, b[i] == 0x24 || b[i] == 0x3F || b[i] == 0x5E || b[i] == 0x5F { i += 1 }
            tokens.append(Token(.variable, start..<i))
          }
        case 0x7C, 0x3B, 0x2C, 0x28, 0x29, 0x7B, 0x7D, 0x5B, 0x5D, 0x3D, 0x26, 0x3E, 0x3C, 0x2B, 0x2A, 0x25, 0x21:
          var len = 1
          let n = at(i + 1)
          if (c == 0x26 && n == 0x26) || (c == 0x7C && n == 0x7C) || (c == 0x3E && n == 0x3E) || (c == 0x3D && n == 0x3D)
            || ((c == 0x2B || c == 0x2A || c == 0x21 || c == 0x25) && n == 0x3D)
          {
            len = 2
          }
          if c == 0x5D && n == 0x3A && at(i + 2) == 0x3A { len = 3 }
          i += len
          tokens.append(Token(.op, start..<i))
        case 0x2E where !isWordByte(at(i + 1)) || i == r.lowerBound || isMemberContext(b, i, r.lowerBound):
          i += at(i + 1) == 0x2E ? 2 : 1
          tokens.append(Token(.op, start..<i))
        default:
          let numeric = ByteClass.isDigit(c)
          while i < end {
            let d = b[i]
            if d == 0x60 {
              i = min(end, i + 2)
              continue
            }
            if !isWordByte(d) { break }
            if d == 0x2E, !numeric, i + 1 < end, !isWordByte(b[i + 1]) { break }
            i += 1
          }
          if i == start { i += 1 }
          tokens.append(Token(numeric ? .number : .word, start..<i))
        }
      }
    }
    return tokens
  }

  /// Bytes that continue a bare word (paths, URLs, dotted type names, parameters).
  @inline(__always) static func isWordByte(_ d: UInt8) -> Bool {
    switch d {
    case 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0x0B, 0x7C, 0x3B, 0x2C, 0x28, 0x29, 0x7B, 0x7D, 0x5B, 0x5D, 0x22,
      0x27, 0x24, 0x23, 0x3D, 0x26, 0x3E, 0x3C, 0x00:
      false
    default: true
    }
  }

  /// Whether the `.` at `i` follows an expression (`)`, `]`, a variable): member access.
  private static func isMemberContext(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ lo: Int) -> Bool {
    guard i > lo else { return false }
    let p = b[i - 1]
    return p == 0x29 || p == 0x5D || p == 0x7D || ByteClass.isIdent(p) && isVariableTail(b, i, lo)
  }

  private static func isVariableTail(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ lo: Int) -> Bool {
    var k = i - 1
    while k > lo && k > i - 256 && (ByteClass.isIdent(b[k]) || b[k] == 0x3A) { k -= 1 }
    return b[k] == 0x24
  }

  /// End of a here-string opened at `i` (`@'` or `@"`): through a line starting with `'@`.
  private static func hereString(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
    let quote = b[i + 1]
    var k = i + 2
    while k < end && b[k] != 0x0A { k += 1 }
    while k < end {
      // k is at a newline: does the next line start with the closer?
      var s = k + 1
      while s < end && (b[s] == 0x20 || b[s] == 0x09) { s += 1 }
      if s + 1 < end, b[s] == quote, b[s + 1] == 0x40 { return s + 2 }
      k = s
      while k < end && b[k] != 0x0A { k += 1 }
    }
    return end
  }
}
