public import SkillScanCore

/// Commands and pipelines from PowerShell tokens, in the shell model (``ShellPipeline``,
/// ``ShellCommand`` with dialect `.powershell`), so rules reuse one vocabulary.
///
/// Statements split at newlines, `;`, `&&`, `||`; pipelines at `|`. Adjacent tokens with no
/// blank between form one argument word (`(iwr u).Content`), except that the command name
/// ends before a `(`: `IEX(New-Object Net.WebClient).DownloadString('u')` is `iex` with one
/// argument. `( … )`, `$( … )` and `@( … )` groups yield nested `.subexpression` pipelines,
/// `{ … }` script blocks nested `.scriptBlock` pipelines, each pointing back at the command
/// holding them. `& cmd` and `. script` drop the call operator; `$x = cmd` puts `$x =` in
/// ``ShellCommand/assignments``.
public enum PowerShellStructure {
  /// Pipelines of `tokens` (from ``PowerShellLexer``), parents before children.
  ///
  /// - Parameters:
  ///   - tokens: Tokens of one region or file.
  ///   - bytes: The host file's bytes.
  public static func pipelines(tokens: [Token], bytes: [UInt8]) -> [ShellPipeline] {
    var builder = PowerShellStructureBuilder(tokens: tokens, bytes: bytes)
    builder.parse(0..<tokens.count, substitution: nil, parent: nil, depth: 0)
    var out = builder.out
    builder.out = []
    ShellStructure.resolveHeads(&out, bytes)
    return out
  }

  /// Lexes `bytes[range]` as PowerShell and returns its pipelines.
  public static func pipelines(in bytes: [UInt8], range: Range<Int>? = nil) -> [ShellPipeline] {
    pipelines(tokens: PowerShellLexer.tokenize(bytes, in: range), bytes: bytes)
  }
}

/// The recursive walk behind ``PowerShellStructure``.
struct PowerShellStructureBuilder {
  let tokens: [Token]
  let bytes: [UInt8]
  let match: [Int32]
  var out: [ShellPipeline] = []

  init(tokens: [Token], bytes: [UInt8]) {
    self.tokens = tokens
    self.bytes = bytes
    self.match = BracketMatcher.match(tokens, bytes)
  }

  private func isOp(_ t: Token, _ lit: StaticString) -> Bool {
    t.kind == .op && ByteText.equals(t.range, lit, in: bytes)
  }

  mutating func parse(_ span: Range<Int>, substitution: ShellSubstitutionKind?, parent: (Int, Int)?, depth: Int) {
    var state = ListState(substitution: substitution, parent: parent)
    state.dialect = .powershell
    var word: Token?
    func flush(_ state: inout ListState) {
      if let w = word { state.addWord(w, bytes) }
      word = nil
    }
    var k = span.lowerBound
    while k < span.upperBound {
      let t = tokens[k]
      if t.kind == .comment {
        k += 1
        continue
      }
      if t.kind == .newline || isOp(t, ";") || isOp(t, "&&") || isOp(t, "||") {
        flush(&state)
        state.endPipeline(&out, separator: .newline)
        k += 1
        continue
      }
      if isOp(t, "|") {
        flush(&state)
        state.endCommand()
        k += 1
        continue
      }
      if (isOp(t, "&") || isOp(t, ".")) && word == nil && state.atCommandStart {
        k += 1  // call / dot-source operator
        continue
      }
      if isOp(t, "="), word?.kind == .variable, state.words.isEmpty, let w = word {
        state.assignments.append(Token(.word, w.range.lowerBound..<t.range.upperBound))
        word = nil
        k += 1
        continue
      }
      if isOp(t, ">") || isOp(t, ">>") {
        flush(&state)
        state.beginIfNeeded(&out, at: t.range.lowerBound)
        state.redirections.append(ShellRedirection(op: t))
        state.pendingTarget = true
        k += 1
        continue
      }
      state.beginIfNeeded(&out, at: t.range.lowerBound)
      var piece = t
      var next = k + 1
      let group = groupKind(t)
      if let group, match[k] > k {
        let close = Int(match[k])
        piece = Token(.word, t.range.lowerBound..<tokens[close].range.upperBound)
        if depth < ShellLexer.maxDepth, !isOp(t, "@{") {
          parse((k + 1)..<close, substitution: group, parent: (state.pipelineIndex, state.commands.count), depth: depth + 1)
        }
        next = close + 1
      }
      if joins(word, t), let w = word {
        // The command name ends before `(`: `IEX(…)` is `iex` with an argument.
        if state.words.isEmpty && isOp(t, "(") && w.kind == .word {
          flush(&state)
          word = piece
        } else {
          word = Token(.word, w.range.lowerBound..<piece.range.upperBound)
        }
      } else {
        flush(&state)
        word = piece
      }
      k = next
    }
    flush(&state)
    state.endPipeline(&out, separator: .newline)
  }

  /// Whether `t` continues `word` (no blank between them).
  private func joins(_ word: Token?, _ t: Token) -> Bool {
    guard let w = word else { return false }
    return w.range.upperBound == t.range.lowerBound
  }

  private func groupKind(_ t: Token) -> ShellSubstitutionKind? {
    guard t.kind == .op else { return nil }
    if isOp(t, "(") || isOp(t, "$(") || isOp(t, "@(") || isOp(t, "@{") { return .subexpression }
    if isOp(t, "{") { return .scriptBlock }
    return nil
  }
}
