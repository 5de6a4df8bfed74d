import SkillScanCore

/// Words, quotes and substitutions.
extension ShellScanner {
  /// The shape of a word, which decides its token kind.
  private enum Segment { case none, quoted, variable, other, mixed }

  @inline(__always) private static func endsWord(_ c: UInt8) -> Bool {
    switch c {
    case 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0x0B, 0x7C, 0x26, 0x3B, 0x28, 0x29, 0x3C, 0x3E: true
    default: false
    }
  }

  /// Lexes one word starting at `i`, with any substitutions inside it.
  mutating func lexWord() {
    let start = i
    let slot = tokens.count
    tokens.append(Token(.word, start..<start))  // filled in below; nested tokens follow it
    var shape = Segment.none
    func add(_ s: Segment, _ shape: inout Segment) { shape = shape == .none ? s : .mixed }
    while i < end {
      let c = b[i]
      if c == 0x3C || c == 0x3E, i == start, at(i + 1) == 0x28 {
        substitution(openLength: 2)
        add(.other, &shape)
        continue
      }
      if c == 0x28, Self.isArrayAssignment(b, start, i) {
        arrayBody()
        add(.other, &shape)
        continue
      }
      if Self.endsWord(c) { break }
      switch c {
      case 0x5C:  // backslash
        i = min(end, i + 2)
        add(.other, &shape)
      case 0x27:  // '
        skipSingleQuoted()
        add(.quoted, &shape)
      case 0x22:  // "
        i += 1
        doubleQuoted(closer: 0x22)
        add(.quoted, &shape)
      case 0x60:  // `
        backtick()
        add(.other, &shape)
      case 0x24:  // $
        add(dollar(), &shape)
      default:
        i += 1
        add(.other, &shape)
      }
    }
    if i == start { i += 1 }  // never stall on a stray byte
    let kind: Token.Kind = switch shape {
    case .quoted: .string
    case .variable: .variable
    default: .word
    }
    tokens[slot] = Token(kind, start..<i)
  }

  /// Whether `b[start..<paren]` is `NAME=` or `NAME+=`, so the `(` at `paren` opens a bash
  /// array. Its elements are words, not commands: a blocklist `PATTERNS=( 'mkfs' 'rm -rf /' )`
  /// is data, and reading each line as a command made it a destructive script.
  static func isArrayAssignment(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ paren: Int) -> Bool {
    var nameEnd = paren - 1
    guard nameEnd > start, b[nameEnd] == 0x3D else { return false }
    if b[nameEnd - 1] == 0x2B { nameEnd -= 1 }
    guard nameEnd > start, ByteClass.isIdentStart(b[start]) else { return false }
    for k in start..<nameEnd where !ByteClass.isIdent(b[k]) { return false }
    return true
  }

  /// Consumes a bash array body from its `(` to the matching `)`, across lines. Quotes,
  /// escapes and comments are skipped as in a word; `$(…)` and backticks still lex their
  /// commands as nested tokens, since the shell runs them while building the array.
  private mutating func arrayBody() {
    i += 1
    var depth = 1
    var wordStart = true
    while i < end {
      let c = b[i]
      let atWordStart = wordStart
      wordStart = c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D
      switch c {
      case 0x28:
        depth += 1
        i += 1
      case 0x29:
        depth -= 1
        i += 1
        if depth == 0 { return }
      case 0x5C:
        i = min(end, i + 2)
      case 0x27:
        skipSingleQuoted()
      case 0x22:
        i += 1
        doubleQuoted(closer: 0x22)
      case 0x60:
        backtick()
      case 0x24:
        _ = dollar()
      case 0x23 where atWordStart:
        while i < end && b[i] != 0x0A { i += 1 }
      default:
        i += 1
      }
    }
  }

  /// Moves past a `'…'` string starting at `i` (no escapes inside; unterminated runs to the end).
  private mutating func skipSingleQuoted() {
    i += 1
    while i < end && b[i] != 0x27 { i += 1 }
    i = min(end, i + 1)
  }

  /// Lexes what follows a `$` and reports the segment shape.
  private mutating func dollar() -> Segment {
    let n = at(i + 1)
    switch n {
    case 0x27:  // $'…' ANSI-C string
      i += 2
      while i < end && b[i] != 0x27 { i += b[i] == 0x5C ? 2 : 1 }
      i = min(end, i + 1)
      return .quoted
    case 0x22:  // $"…" locale string
      i += 2
      doubleQuoted(closer: 0x22)
      return .quoted
    case 0x28:
      if at(i + 2) == 0x28 {
        skipBalanced(open: 0x28, close: 0x29, from: i + 1)
      } else {
        substitution(openLength: 2)
      }
      return .other
    case 0x7B:  // ${…}
      i += 2
      braced()
      return .variable
    default:
      if ByteClass.isIdentStart(n) && n < 0x80 {
        i += 2
        while i < end && ByteClass.isIdent(b[i]) && b[i] < 0x80 { i += 1 }
        return .variable
      }
      if ByteClass.isDigit(n) || n == 0x40 || n == 0x2A || n == 0x23 || n == 0x3F || n == 0x24
        || n == 0x21 || n == 0x2D
      {
        i += 2
        return .variable
      }
      i += 1
      return .other
    }
  }

  /// Scans the inside of `"…"` from `i` (after the opening quote) through the closer.
  mutating func doubleQuoted(closer: UInt8) {
    while i < end {
      let c = b[i]
      if c == closer {
        i += 1
        return
      }
      switch c {
      case 0x5C: i = min(end, i + 2)
      case 0x60: backtick()
      case 0x24:
        if at(i + 1) == 0x28 {
          if at(i + 2) == 0x28 { skipBalanced(open: 0x28, close: 0x29, from: i + 1) } else { substitution(openLength: 2) }
        } else if at(i + 1) == 0x7B {
          i += 2
          braced()
        } else {
          i += 1
        }
      default: i += 1
      }
    }
  }

  /// Scans `${…}` contents from `i` through the closing brace, lexing substitutions inside.
  private mutating func braced() {
    var level = 0
    while i < end {
      let c = b[i]
      switch c {
      case 0x7D:
        i += 1
        if level == 0 { return }
        level -= 1
      case 0x7B: level += 1; i += 1
      case 0x5C: i = min(end, i + 2)
      case 0x27:
        skipSingleQuoted()
      case 0x22:
        i += 1
        doubleQuoted(closer: 0x22)
      case 0x60: backtick()
      case 0x24 where at(i + 1) == 0x28 && at(i + 2) != 0x28: substitution(openLength: 2)
      default: i += 1
      }
    }
  }

  /// Skips `(…)` (arithmetic) by counting parentheses, starting at the `(` at `from`.
  private mutating func skipBalanced(open: UInt8, close: UInt8, from: Int) {
    var level = 0
    i = from
    while i < end {
      let c = b[i]
      i += 1
      if c == open { level += 1 } else if c == close {
        level -= 1
        if level == 0 { return }
      }
    }
  }

  /// Lexes `$(…)`, `<(…)` or `>(…)` at `i`: opener op, inner commands, closer op.
  mutating func substitution(openLength: Int) {
    emit(.op, i, i + openLength)
    i += openLength
    if depth >= ShellLexer.maxDepth {
      let start = i
      var level = 0
      while i < end {
        if b[i] == 0x28 { level += 1 } else if b[i] == 0x29 {
          if level == 0 { break }
          level -= 1
        }
        i += 1
      }
      if i > start { emit(.word, start, i) }
    } else {
      depth += 1
      lexList(untilParen: true)
      depth -= 1
    }
    if i < end && b[i] == 0x29 {
      emit(.op, i, i + 1)
      i += 1
    }
  }

  /// Lexes `` `…` `` at `i`: the content up to the next unescaped backtick is lexed as commands.
  mutating func backtick() {
    let open = i
    var close = i + 1
    while close < end && b[close] != 0x60 { close += b[close] == 0x5C ? 2 : 1 }
    close = min(close, end)
    emit(.op, open, open + 1)
    if depth >= ShellLexer.maxDepth {
      if close > open + 1 { emit(.word, open + 1, close) }
    } else {
      let savedEnd = end
      end = close
      i = open + 1
      depth += 1
      lexList(untilParen: false)
      depth -= 1
      end = savedEnd
    }
    i = close
    if i < end {
      emit(.op, i, i + 1)
      i += 1
    }
  }

  /// Reads the bodies of pending here-documents, starting at `i` (just after a newline).
  mutating func readHeredocBodies() {
    let pending = pendingHeredocs
    pendingHeredocs.removeAll()
    for (delimiterRange, stripTabs) in pending {
      let delimiter = ShellWord.unquotedBytes(delimiterRange, b)
      let bodyStart = i
      var bodyEnd = end
      var next = end
      var lineStart = i
      while lineStart < end {
        var lineEnd = lineStart
        while lineEnd < end && b[lineEnd] != 0x0A { lineEnd += 1 }
        var s = lineStart
        if stripTabs { while s < lineEnd && b[s] == 0x09 { s += 1 } }
        var e = lineEnd
        if e > s && b[e - 1] == 0x0D { e -= 1 }
        if e - s == delimiter.count && (0..<delimiter.count).allSatisfy({ b[s + $0] == delimiter[$0] }) {
          bodyEnd = lineStart
          next = lineEnd
          break
        }
        lineStart = lineEnd + 1
      }
      if bodyEnd > bodyStart { emit(.heredoc, bodyStart, bodyEnd) }
      i = next
    }
  }
}
