import SkillScanCore

/// The recursive parser behind ``ShellStructure``.
struct ShellStructureBuilder {
  let tokens: [Token]
  let bytes: [UInt8]
  var out: [ShellPipeline] = []

  init(tokens: [Token], bytes: [UInt8]) {
    self.tokens = tokens
    self.bytes = bytes
  }

  /// Index past the tokens nested inside `tokens[index]`.
  func nestedEnd(_ index: Int, limit: Int) -> Int {
    let upper = tokens[index].range.upperBound
    var k = index + 1
    while k < limit && tokens[k].range.lowerBound < upper { k += 1 }
    return k
  }

  private func isOp(_ t: Token, _ lit: StaticString) -> Bool {
    t.kind == .op && ByteText.equals(t.range, lit, in: bytes)
  }

  /// Parses commands in `span`, appending pipelines.
  mutating func parseList(
    _ span: Range<Int>, substitution: ShellSubstitutionKind?, parent: (Int, Int)?, depth: Int
  ) {
    var state = ListState(substitution: substitution, parent: parent)
    var k = span.lowerBound
    while k < span.upperBound {
      let t = tokens[k]
      switch t.kind {
      case .word, .string, .variable:
        let nested = nestedEnd(k, limit: span.upperBound)
        if state.skipWord(t, bytes) {
          k = nested
          continue
        }
        state.beginIfNeeded(&out, at: t.range.lowerBound)
        if nested > k + 1, depth < ShellLexer.maxDepth * 2 {
          let owner = (state.pipelineIndex, state.commands.count)
          parseSubstitutions((k + 1)..<nested, parent: owner, depth: depth + 1)
        }
        state.addWord(t, bytes)
        k = nested
      case .op:
        if isOp(t, "("), k + 1 < span.upperBound, isOp(tokens[k + 1], ")"), state.words.count == 1 {
          state.discardCommand()  // `name() { … }` defines a function
          k += 2
          continue
        }
        state.handleOp(t, bytes, &out)
        k += 1
      case .newline:
        state.endPipeline(&out, separator: .newline)
        k += 1
      case .heredoc:
        state.attachHeredoc(t, &out)
        k += 1
      case .comment, .number:
        k += 1
      }
    }
    state.endPipeline(&out, separator: .newline)
  }

  /// Parses the substitutions nested in a word: opener op, inner tokens, closer op.
  mutating func parseSubstitutions(_ span: Range<Int>, parent: (Int, Int), depth: Int) {
    var k = span.lowerBound
    while k < span.upperBound {
      let t = tokens[k]
      guard t.kind == .op, let kind = opener(t) else {
        k = t.kind == .op ? k + 1 : nestedEnd(k, limit: span.upperBound)
        continue
      }
      var m = k + 1
      var level = 0
      while m < span.upperBound {
        let u = tokens[m]
        if u.kind == .op {
          if kind == .backtick {
            if isOp(u, "`") { break }
          } else if isOp(u, "(") {
            level += 1
          } else if isOp(u, ")") {
            if level == 0 { break }
            level -= 1
          }
          m += 1
        } else {
          m = nestedEnd(m, limit: span.upperBound)
        }
      }
      parseList((k + 1)..<m, substitution: kind, parent: parent, depth: depth)
      k = m + 1
    }
  }

  private func opener(_ t: Token) -> ShellSubstitutionKind? {
    if isOp(t, "$(") { return .command }
    if isOp(t, "`") { return .backtick }
    if isOp(t, "<(") { return .processInput }
    if isOp(t, ">(") { return .processOutput }
    return nil
  }
}
