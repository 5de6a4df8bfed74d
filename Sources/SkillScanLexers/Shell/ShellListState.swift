import SkillScanCore

/// The command and pipeline under construction while ``ShellStructureBuilder`` walks a list.
struct ListState {
  enum Mode { case command, loopHeader, caseWord, casePattern, functionName }
  enum Separator { case newline, background }

  let substitution: ShellSubstitutionKind?
  let parent: (Int, Int)?
  var pipelineIndex = -1
  var commands: [ShellCommand] = []
  var words: [Token] = []
  var assignments: [Token] = []
  var redirections: [ShellRedirection] = []
  var commandStart = -1
  var commandEnd = -1
  var pendingTarget = false
  var negated = false
  var mode = Mode.command
  var caseDepth = 0
  var dialect = ShellDialect.posix
  /// Here-doc redirections still waiting for their body: (pipeline, command, redirection).
  var awaitingBodies: [(Int, Int, Int)] = []

  init(substitution: ShellSubstitutionKind?, parent: (Int, Int)?) {
    self.substitution = substitution
    self.parent = parent
  }

  var atCommandStart: Bool { words.isEmpty && assignments.isEmpty && !pendingTarget }

  /// Starts a pipeline slot so nested pipelines can name their parent.
  mutating func beginIfNeeded(_ out: inout [ShellPipeline], at offset: Int) {
    if pipelineIndex < 0 {
      pipelineIndex = out.count
      out.append(
        ShellPipeline(
          commands: [], range: offset..<offset, substitution: substitution,
          parentPipeline: parent?.0, parentCommand: parent?.1))
    }
    if commandStart < 0 { commandStart = offset }
  }

  /// Whether a word is syntax (reserved word, loop header, case pattern) rather than argv.
  mutating func skipWord(_ t: Token, _ bytes: [UInt8]) -> Bool {
    switch mode {
    case .loopHeader:
      if ShellReserved.classify(t.range, bytes) == .skip { mode = .command }
      return true
    case .functionName:
      mode = .command
      return true
    case .caseWord:
      if ByteText.equals(t.range, "in", in: bytes) { mode = .casePattern }
      return true
    case .casePattern:
      if ByteText.equals(t.range, "esac", in: bytes) {
        caseDepth = max(0, caseDepth - 1)
        mode = .command
      }
      return true
    case .command:
      guard atCommandStart, t.kind == .word else { return false }
      switch ShellReserved.classify(t.range, bytes) {
      case .skip:
        if ByteText.equals(t.range, "!", in: bytes) { negated = true }
        return true
      case .close:
        if ByteText.equals(t.range, "esac", in: bytes) { caseDepth = max(0, caseDepth - 1) }
        return true
      case .loopHeader:
        mode = .loopHeader
        return true
      case .caseHeader:
        caseDepth += 1
        mode = .caseWord
        return true
      case .function:
        mode = .functionName
        return true
      case .none:
        return false
      }
    }
  }

  mutating func addWord(_ t: Token, _ bytes: [UInt8]) {
    commandEnd = max(commandEnd, t.range.upperBound)
    if pendingTarget, !redirections.isEmpty {
      redirections[redirections.count - 1].target = t
      pendingTarget = false
    } else if words.isEmpty && t.kind == .word && Self.isAssignment(t.range, bytes) {
      assignments.append(t)
    } else {
      words.append(t)
    }
  }

  static func isAssignment(_ r: Range<Int>, _ bytes: [UInt8]) -> Bool {
    guard let first = bytes[safe: r.lowerBound], ByteClass.isIdentStart(first), first < 0x80 else { return false }
    var k = r.lowerBound + 1
    while k < r.upperBound && ByteClass.isIdent(bytes[k]) && bytes[k] < 0x80 { k += 1 }
    guard k < r.upperBound else { return false }
    if bytes[k] == 0x2B { k += 1 }
    return k < r.upperBound && bytes[k] == 0x3D
  }

  mutating func handleOp(_ t: Token, _ bytes: [UInt8], _ out: inout [ShellPipeline]) {
    let first = bytes[t.range.lowerBound]
    let count = t.range.count
    if mode == .casePattern {
      if first == 0x29 { mode = .command }
      return
    }
    if first == 0x7C && (count == 1 || bytes[t.range.lowerBound + 1] == 0x26) {
      endCommand()
      return
    }
    if ByteClass.isDigit(first) || first == 0x3C || first == 0x3E || (first == 0x26 && count > 1 && bytes[t.range.lowerBound + 1] == 0x3E) {
      beginIfNeeded(&out, at: t.range.lowerBound)
      redirections.append(ShellRedirection(op: t))
      commandEnd = max(commandEnd, t.range.upperBound)
      let last = bytes[t.range.upperBound - 1]
      let dup = count >= 2 && (ByteClass.isDigit(last) || last == 0x2D) && bytes[t.range.upperBound - 2] != 0x3C
        && ByteText.contains(t.range, "&", in: bytes) && !(first == 0x26)
      pendingTarget = !dup
      if ByteText.contains(t.range, "<<", in: bytes) && !ByteText.contains(t.range, "<<<", in: bytes) {
        awaitingBodies.append((pipelineIndex, commands.count, redirections.count - 1))
      }
      return
    }
    let isCaseEnd = first == 0x3B && count >= 2
    endPipeline(&out, separator: first == 0x26 && count == 1 ? .background : .newline)
    if isCaseEnd && caseDepth > 0 { mode = .casePattern }
    if mode == .loopHeader && (first == 0x3B) { mode = .command }
  }

  mutating func discardCommand() {
    words.removeAll()
    assignments.removeAll()
    redirections.removeAll()
    commandStart = -1
    commandEnd = -1
  }

  mutating func endCommand() {
    if !words.isEmpty || !assignments.isEmpty || !redirections.isEmpty {
      let range = commandStart..<max(commandStart, commandEnd)
      commands.append(
        ShellCommand(words: words, assignments: assignments, redirections: redirections, range: range, dialect: dialect))
    }
    discardCommand()
    pendingTarget = false
  }

  mutating func endPipeline(_ out: inout [ShellPipeline], separator: Separator) {
    endCommand()
    if mode == .loopHeader && separator == .newline { mode = .command }
    guard pipelineIndex >= 0 else {
      negated = false
      return
    }
    if commands.isEmpty {
      if pipelineIndex == out.count - 1 { out.removeLast() }
    } else {
      let lo = commands[0].range.lowerBound
      let hi = commands[commands.count - 1].range.upperBound
      out[pipelineIndex].commands = commands
      out[pipelineIndex].range = lo..<max(lo, hi)
      out[pipelineIndex].isBackground = separator == .background
      out[pipelineIndex].isNegated = negated
    }
    commands.removeAll()
    pipelineIndex = -1
    negated = false
  }

  mutating func attachHeredoc(_ body: Token, _ out: inout [ShellPipeline]) {
    guard !awaitingBodies.isEmpty else { return }
    let (p, c, r) = awaitingBodies.removeFirst()
    guard p >= 0, p < out.count, c < out[p].commands.count, r < out[p].commands[c].redirections.count else { return }
    out[p].commands[c].redirections[r].heredocBody = body
  }
}
