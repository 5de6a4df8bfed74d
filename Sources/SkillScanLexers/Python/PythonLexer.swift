public import SkillScanCore

/// Lexes Python source into ``Token``s in one forward pass.
///
/// Identifiers and keywords are `.word`; string literals (every prefix: `r b f u rb br fr`,
/// single or triple quoted) are one `.string` token including prefix and quotes; `#`
/// comments are `.comment`; a `.newline` is emitted only at bracket depth 0, so it marks a
/// logical line end. Decorator `@` and all punctuation are `.op`. Unterminated single-quoted
/// strings end at the line end, unterminated triple-quoted ones at the end of input.
public enum PythonLexer {
  /// Tokenizes `bytes[range]` (the whole buffer when `range` is nil).
  ///
  /// - Parameters:
  ///   - bytes: The host file's bytes; token ranges are offsets into it.
  ///   - range: The part to lex, e.g. a fenced block's content.
  /// - Returns: Tokens in source order.
  public static func tokenize(_ bytes: [UInt8], in range: Range<Int>? = nil) -> [Token] {
    let r = ByteText.clamp(range ?? 0..<bytes.count, bytes.count)
    var tokens: [Token] = []
    tokens.reserveCapacity(r.count / 4 + 8)
    bytes.withUnsafeBufferPointer { b in
      var i = r.lowerBound
      let end = r.upperBound
      var depth = 0
      while i < end {
        let c = b[i]
        let start = i
        switch c {
        case 0x20, 0x09, 0x0D, 0x0C, 0x0B:
          i += 1
        case 0x0A:
          if depth == 0 { tokens.append(Token(.newline, i..<i + 1)) }
          i += 1
        case 0x5C:
          i += 1
          if i < end && b[i] == 0x0A { i += 1 }
        case 0x23:
          while i < end && b[i] != 0x0A { i += 1 }
          tokens.append(Token(.comment, start..<i))
        case 0x22, 0x27:
          i = scanString(b, quoteAt: i, end: end)
          tokens.append(Token(.string, start..<i))
        case 0x30...0x39:
          i = scanNumber(b, i, end)
          tokens.append(Token(.number, start..<i))
        case 0x2E where i + 1 < end && ByteClass.isDigit(b[i + 1]):
          i = scanNumber(b, i, end)
          tokens.append(Token(.number, start..<i))
        default:
          if ByteClass.isIdentStart(c) {
            while i < end && ByteClass.isIdent(b[i]) { i += 1 }
            if i < end, b[i] == 0x22 || b[i] == 0x27, i - start <= 2, isStringPrefix(b, start, i) {
              i = scanString(b, quoteAt: i, end: end)
              tokens.append(Token(.string, start..<i))
            } else {
              tokens.append(Token(.word, start..<i))
            }
          } else {
            let len = OperatorTable.length(b, i, end, OperatorTable.python)
            if c == 0x28 || c == 0x5B || c == 0x7B { depth += 1 }
            if (c == 0x29 || c == 0x5D || c == 0x7D) && depth > 0 { depth -= 1 }
            i += len
            tokens.append(Token(.op, start..<i))
          }
        }
      }
    }
    return tokens
  }

  static func isStringPrefix(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
    for k in s..<e {
      switch ByteClass.lower(b[k]) {
      case 0x72, 0x62, 0x75, 0x66, 0x74: continue  // r b u f t
      default: return false
      }
    }
    return true
  }

  /// Scans a string whose opening quote is at `q`; returns the index past its end.
  static func scanString(_ b: UnsafeBufferPointer<UInt8>, quoteAt q: Int, end: Int) -> Int {
    let quote = b[q]
    if q + 2 < end && b[q + 1] == quote && b[q + 2] == quote {
      var i = q + 3
      while i < end {
        if b[i] == 0x5C {
          i += 2
        } else if b[i] == quote && i + 2 < end && b[i + 1] == quote && b[i + 2] == quote {
          return i + 3
        } else {
          i += 1
        }
      }
      return end
    }
    var i = q + 1
    while i < end {
      let c = b[i]
      if c == quote { return i + 1 }
      if c == 0x0A { return i }
      i += c == 0x5C ? 2 : 1
    }
    return end
  }

  static func scanNumber(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
    var i = start
    while i < end {
      let c = b[i]
      if ByteClass.isIdent(c) && c < 0x80 || c == 0x2E {
        i += 1
      } else if (c == 0x2B || c == 0x2D) && i > start && (b[i - 1] | 0x20) == 0x65 && !(i - start >= 2 && (b[start + 1] | 0x20) == 0x78) {
        i += 1
      } else {
        break
      }
    }
    return i
  }
}

/// Multi-byte operator tables, longest first.
enum OperatorTable {
  static let python: [[UInt8]] = [
    "**=", "//=", ">>=", "<<=", "...", "**", "//", "==", "!=", "<=", ">=", "->", ":=", "+=", "-=",
    "*=", "/=", "%=", "&=", "|=", "^=", "@=", "<<", ">>",
  ].map { Array($0.utf8) }

  static let javascript: [[UInt8]] = [
    ">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>", "&&=", "||=", "??=", "=>", "==", "!=",
    "<=", ">=", "&&", "||", "??", "?.", "++", "--", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=",
    "**", "<<", ">>",
  ].map { Array($0.utf8) }

  /// Length of the operator at `i`: the longest table entry that matches, else 1.
  static func length(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int, _ table: [[UInt8]]) -> Int {
    let c = b[i]
    // Every multi-byte operator continues with one of these bytes; most operators are single.
    guard i + 1 < end else { return 1 }
    switch b[i + 1] {
    case 0x3D, 0x2A, 0x2F, 0x3E, 0x3C, 0x2E, 0x26, 0x7C, 0x3F, 0x2B, 0x2D: break
    default: return 1
    }
    for op in table where op[0] == c && i + op.count <= end {
      var k = 1
      while k < op.count && b[i + k] == op[k] { k += 1 }
      if k == op.count { return op.count }
    }
    return 1
  }
}
