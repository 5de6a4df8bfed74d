public import SkillScanCore

/// Lexes POSIX shell (sh, bash, zsh) into ``Token``s, in one forward pass.
///
/// Token scheme, chosen so rules can match argv words and still see nested code:
/// - A *word* is everything between unquoted blanks and operators, quotes included:
///   `"$HOME"/x` is one token. A word that is entirely one quoted string (`'…'`, `"…"`,
///   `$'…'`) is `.string`; entirely one variable (`$X`, `${X}`, `$1`) is `.variable`;
///   anything else is `.word`.
/// - A word holding command substitution `$(…)`, backticks or process substitution `<(…)`
///   `>(…)` is emitted first, covering the whole word, and is **followed by the tokens of
///   its substitutions**, whose ranges lie inside it: an op token for the opener (`$(`, `` ` ``,
///   `<(`, `>(`), the inner commands lexed normally, then the closer op (`)` or `` ` ``).
///   ``ShellStructure`` turns this nesting into pipelines; ``ShellTokens/leaves(_:)`` drops the
///   enclosing words when a rule wants each byte once.
/// - `#` at a token start begins a `.comment` up to the end of the line.
/// - Operators are `.op`: `|` `||` `|&` `&` `&&` `;` `;;` `;&` `;;&` `(` `)` and
///   redirections with their IO number and dup target glued on (`2>&1`, `>&2`, `2>`, `&>>`,
///   `<<`, `<<-`, `<<<`).
/// - A newline is `.newline`; backslash-newline continuations produce nothing.
/// - A here-document body is one `.heredoc` token right after the newline that starts it.
///
/// The lexer never backtracks: unterminated quotes and substitutions end at the end of the
/// input, and nesting deeper than ``maxDepth`` is kept as one opaque word.
public enum ShellLexer {
  /// Nesting limit for substitutions; deeper content is not lexed further.
  public static let maxDepth = 48

  /// Tokenizes `bytes[range]` (the whole buffer when `range` is nil).
  ///
  /// - Parameters:
  ///   - bytes: The host file's bytes; token ranges are offsets into it.
  ///   - range: The part to lex, e.g. a fenced block's content.
  /// - Returns: Tokens in order of their start offset.
  public static func tokenize(_ bytes: [UInt8], in range: Range<Int>? = nil) -> [Token] {
    let r = ByteText.clamp(range ?? 0..<bytes.count, bytes.count)
    return bytes.withUnsafeBufferPointer { buffer in
      var scanner = ShellScanner(buffer: buffer, range: r)
      scanner.lexList(untilParen: false)
      return scanner.tokens
    }
  }

  /// Ends of consecutive pieces of `bytes[range]`, each about `pieceBytes` long or more,
  /// that lex as the whole does: piece by piece, from a fresh lexer at each piece's start,
  /// the tokens are exactly the whole range's tokens.
  ///
  /// A piece ends after a newline at the top level (not inside quotes, a substitution, a
  /// bash array or a here-document): there the lexer carries no state into the next byte.
  /// Where no such newline follows, the last piece runs to the end. Readers that parse a
  /// very long paragraph one piece at a time then hold one piece's commands, not the whole
  /// paragraph's (tens of bytes of parsed commands per byte of input).
  public static func pieceEnds(_ bytes: [UInt8], in range: Range<Int>, pieceBytes: Int) -> [Int] {
    let r = ByteText.clamp(range, bytes.count)
    var ends: [Int] = []
    bytes.withUnsafeBufferPointer { buffer in
      var start = r.lowerBound
      while start < r.upperBound {
        var scanner = ShellScanner(buffer: buffer, range: start..<r.upperBound, reserving: pieceBytes / 3 + 8)
        scanner.stopAfter = start + max(1, pieceBytes)
        scanner.lexList(untilParen: false)
        let stop = scanner.stoppedAt ?? r.upperBound
        ends.append(stop)
        start = stop
      }
    }
    return ends
  }
}

/// The shell lexer's mutable state over one buffer.
struct ShellScanner {
  let b: UnsafeBufferPointer<UInt8>
  var i: Int
  var end: Int
  var tokens: [Token] = []
  var depth = 0
  /// Here-documents whose bodies start after the next newline: delimiter range, `<<-`.
  var pendingHeredocs: [(Range<Int>, Bool)] = []

  /// ``ShellLexer/pieceEnds(_:in:pieceBytes:)``: the top-level lexer stops at the first
  /// newline at the top level ending at or after this offset, and records where.
  var stopAfter = Int.max
  var stoppedAt: Int?

  /// - Parameter reserving: token capacity to reserve (default: one per three bytes).
  init(buffer: UnsafeBufferPointer<UInt8>, range: Range<Int>, reserving: Int? = nil) {
    b = buffer
    i = range.lowerBound
    end = range.upperBound
    // Over-reserving a large array is cheap (untouched pages are never faulted in);
    // regrowth is not. A small one is one heap block, all of it held: a Markdown file lexes
    // every inline code span, a million of them in a hostile file, so a short span reserves
    // about what it needs (`ls` one token, `echo ok` two).
    tokens.reserveCapacity(reserving ?? range.count / 3 + (range.count < 64 ? 2 : 8))
  }

  @inline(__always) func at(_ k: Int) -> UInt8 { k < end ? b[k] : 0 }

  @inline(__always) mutating func emit(_ kind: Token.Kind, _ lo: Int, _ hi: Int) {
    tokens.append(Token(kind, lo..<hi))
  }

  /// Lexes commands until the end, or (when `untilParen`) an unbalanced `)`, which is left
  /// unconsumed for the caller.
  mutating func lexList(untilParen: Bool) {
    var balance = 0
    while i < end {
      let c = b[i]
      switch c {
      case 0x20, 0x09, 0x0D, 0x0C, 0x0B:
        i += 1
      case 0x5C where at(i + 1) == 0x0A:  // line continuation
        i += 2
      case 0x0A:
        emit(.newline, i, i + 1)
        i += 1
        if !pendingHeredocs.isEmpty {
          readHeredocBodies()
        } else if i >= stopAfter && depth == 0 {
          stoppedAt = i
          return
        }
      case 0x23:  // '#'
        let start = i
        while i < end && b[i] != 0x0A { i += 1 }
        emit(.comment, start, i)
      case 0x29:  // ')'
        if untilParen && balance == 0 { return }
        balance -= 1
        emit(.op, i, i + 1)
        i += 1
      case 0x28:  // '('
        balance += 1
        emit(.op, i, i + 1)
        i += 1
      case 0x7C:  // '|'
        let n = at(i + 1)
        let len = (n == 0x7C || n == 0x26) ? 2 : 1
        emit(.op, i, i + len)
        i += len
      case 0x26:  // '&'
        lexAmpersand()
      case 0x3B:  // ';'
        var len = 1
        if at(i + 1) == 0x3B { len = at(i + 2) == 0x26 ? 3 : 2 } else if at(i + 1) == 0x26 { len = 2 }
        emit(.op, i, i + len)
        i += len
      case 0x3C, 0x3E:  // '<' '>'
        if at(i + 1) == 0x28 { lexWord() } else { lexRedirection(from: i) }
      case 0x30...0x39:
        var k = i
        while k < end && ByteClass.isDigit(b[k]) { k += 1 }
        if k < end && (b[k] == 0x3C || b[k] == 0x3E) && at(k + 1) != 0x28 {
          lexRedirection(from: i, operatorAt: k)
        } else {
          lexWord()
        }
      default:
        lexWord()
      }
    }
  }

  private mutating func lexAmpersand() {
    let n = at(i + 1)
    if n == 0x26 {
      emit(.op, i, i + 2)
      i += 2
    } else if n == 0x3E {
      let len = at(i + 2) == 0x3E ? 3 : 2
      emit(.op, i, i + len)
      i += len
    } else {
      emit(.op, i, i + 1)
      i += 1
    }
  }

  /// Lexes a redirection operator starting at `start` (an IO number, if any, runs up to `k`).
  mutating func lexRedirection(from start: Int, operatorAt k0: Int? = nil) {
    var k = k0 ?? start
    let c = b[k]
    k += 1
    var heredoc = false
    var stripTabs = false
    if c == 0x3C {
      if at(k) == 0x3C {
        k += 1
        if at(k) == 0x3C {
          k += 1
        } else {
          heredoc = true
          if at(k) == 0x2D {
            stripTabs = true
            k += 1
          }
        }
      } else if at(k) == 0x26 || at(k) == 0x3E {
        k += 1
      }
    } else {
      if at(k) == 0x3E || at(k) == 0x7C || at(k) == 0x26 { k += 1 }
    }
    // A dup target (`>&2`, `2>&1`, `<&-`) is glued to the operator.
    if b[k - 1] == 0x26 {
      while k < end && (ByteClass.isDigit(b[k]) || b[k] == 0x2D) { k += 1 }
    }
    emit(.op, start, k)
    i = k
    guard heredoc else { return }
    while i < end && (b[i] == 0x20 || b[i] == 0x09) { i += 1 }
    guard i < end, b[i] != 0x0A else { return }
    let first = tokens.count
    lexWord()
    if tokens.count > first { pendingHeredocs.append((tokens[first].range, stripTabs)) }
  }
}
