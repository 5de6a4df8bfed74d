public import SkillScanCore

/// Lexes JavaScript and TypeScript into ``Token``s in one forward pass.
///
/// Identifiers and keywords are `.word`; `'…'`/`"…"` are `.string`; a template literal is one
/// `.string` token covering the whole literal, **followed by the tokens of its `${…}`
/// expressions** (op `${`, expression tokens, op `}`), whose ranges lie inside it — the same
/// nesting scheme as shell substitutions. A regex literal is a `.string` token; `/` starts a
/// regex when the previous significant token cannot end an expression (an operator other
/// than `)` `]` `}`, or a keyword such as `return`). Comments (`//`, `/* */`, `#!` on the
/// first line) are `.comment`. Newlines are `.newline`. Nothing backtracks: unterminated
/// literals end at the line end (or at the end of input for templates and block comments).
public enum JavaScriptLexer {
  /// Template nesting limit; deeper `${…}` is kept inside the string token.
  public static let maxDepth = 32

  /// Tokenizes `bytes[range]` (the whole buffer when `range` is nil).
  ///
  /// - Parameters:
  ///   - bytes: The host file's bytes; token ranges are offsets into it.
  ///   - range: The part to lex, e.g. a fenced block's content.
  /// - Returns: Tokens in order of their start offset.
  public static func tokenize(_ bytes: [UInt8], in range: Range<Int>? = nil) -> [Token] {
    let r = ByteText.clamp(range ?? 0..<bytes.count, bytes.count)
    return bytes.withUnsafeBufferPointer { buffer in
      var scanner = JavaScriptScanner(b: buffer, i: r.lowerBound, end: r.upperBound)
      scanner.tokens.reserveCapacity(r.count / 4 + 8)
      if r.count >= 2, buffer[r.lowerBound] == 0x23, buffer[r.lowerBound + 1] == 0x21 {
        while scanner.i < r.upperBound && buffer[scanner.i] != 0x0A { scanner.i += 1 }
        scanner.tokens.append(Token(.comment, r.lowerBound..<scanner.i))
      }
      scanner.lex(untilBrace: false)
      return scanner.tokens
    }
  }
}

/// The JavaScript lexer's state over one buffer.
struct JavaScriptScanner {
  let b: UnsafeBufferPointer<UInt8>
  var i: Int
  let end: Int
  var tokens: [Token] = []
  var depth = 0
  /// Whether the last significant token can end an expression (so `/` divides).
  var expressionEnded = false

  init(b: UnsafeBufferPointer<UInt8>, i: Int, end: Int) {
    self.b = b
    self.i = i
    self.end = end
  }

  @inline(__always) func at(_ k: Int) -> UInt8 { k < end ? b[k] : 0 }

  /// Lexes until the end, or (when `untilBrace`) the `}` closing a template expression.
  mutating func lex(untilBrace: Bool) {
    var braces = 0
    while i < end {
      let c = b[i]
      let start = i
      switch c {
      case 0x20, 0x09, 0x0D, 0x0C, 0x0B:
        i += 1
      case 0x0A:
        tokens.append(Token(.newline, i..<i + 1))
        i += 1
      case 0x2F where at(i + 1) == 0x2F:
        while i < end && b[i] != 0x0A { i += 1 }
        tokens.append(Token(.comment, start..<i))
      case 0x2F where at(i + 1) == 0x2A:
        i += 2
        while i < end && !(b[i] == 0x2A && at(i + 1) == 0x2F) { i += 1 }
        i = min(end, i + 2)
        tokens.append(Token(.comment, start..<i))
      case 0x2F where !expressionEnded:
        regex()
        tokens.append(Token(.string, start..<i))
        expressionEnded = true
      case 0x22, 0x27:
        i += 1
        while i < end && b[i] != c && b[i] != 0x0A { i += b[i] == 0x5C ? 2 : 1 }
        i = min(end, i < end && b[i] == c ? i + 1 : i)
        tokens.append(Token(.string, start..<i))
        expressionEnded = true
      case 0x60:
        template()
        expressionEnded = true
      case 0x30...0x39:
        i = PythonLexer.scanNumber(b, i, end)
        tokens.append(Token(.number, start..<i))
        expressionEnded = true
      case 0x2E where ByteClass.isDigit(at(i + 1)):
        i = PythonLexer.scanNumber(b, i, end)
        tokens.append(Token(.number, start..<i))
        expressionEnded = true
      case 0x7D where untilBrace && braces == 0:
        return
      default:
        if ByteClass.isIdentStart(c) || c == 0x24 {
          while i < end && (ByteClass.isIdent(b[i]) || b[i] == 0x24) { i += 1 }
          tokens.append(Token(.word, start..<i))
          expressionEnded = !Self.isKeywordBeforeExpression(b, start, i)
        } else {
          if c == 0x7B { braces += 1 }
          if c == 0x7D { braces -= 1 }
          i += OperatorTable.length(b, i, end, OperatorTable.javascript)
          tokens.append(Token(.op, start..<i))
          expressionEnded = c == 0x29 || c == 0x5D || c == 0x7D
            || (i - start == 2 && (c == 0x2B || c == 0x2D) && b[start + 1] == c)
        }
      }
    }
  }

  /// Scans a regex literal from `/` at `i`, honouring classes `[…]` and escapes.
  private mutating func regex() {
    i += 1
    var inClass = false
    while i < end {
      let c = b[i]
      if c == 0x0A { return }
      if c == 0x5C {
        i += 2
        continue
      }
      if c == 0x5B { inClass = true } else if c == 0x5D { inClass = false } else if c == 0x2F && !inClass {
        i += 1
        while i < end && ByteClass.isIdent(b[i]) { i += 1 }
        return
      }
      i += 1
    }
    i = min(i, end)
  }

  /// Lexes a template literal at `i`: the string token, then nested expression tokens.
  private mutating func template() {
    let start = i
    let slot = tokens.count
    tokens.append(Token(.string, start..<start))
    i += 1
    while i < end {
      let c = b[i]
      if c == 0x60 {
        i += 1
        break
      }
      if c == 0x5C {
        i = min(end, i + 2)
        continue
      }
      if c == 0x24 && at(i + 1) == 0x7B {
        tokens.append(Token(.op, i..<i + 2))
        i += 2
        if depth < JavaScriptLexer.maxDepth {
          depth += 1
          expressionEnded = false
          lex(untilBrace: true)
          depth -= 1
        } else {
          var level = 0
          while i < end && !(b[i] == 0x7D && level == 0) {
            if b[i] == 0x7B { level += 1 } else if b[i] == 0x7D { level -= 1 }
            i += 1
          }
        }
        if i < end && b[i] == 0x7D {
          tokens.append(Token(.op, i..<i + 1))
          i += 1
        }
        continue
      }
      i += 1
    }
    tokens[slot] = Token(.string, start..<i)
  }

  static func isKeywordBeforeExpression(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
    let words: [StaticString] = [
      "return", "typeof", "instanceof", "in", "of", "new", "delete", "void", "throw", "case", "do",
      "else", "yield", "await",
    ]
    let n = e - s
    guard n >= 2 && n <= 10 else { return false }
    for w in words where w.utf8CodeUnitCount == n {
      var k = 0
      let matches = w.withUTF8Buffer { lit -> Bool in
        while k < n && lit[k] == b[s + k] { k += 1 }
        return k == n
      }
      if matches { return true }
    }
    return false
  }
}
