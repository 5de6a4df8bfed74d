import SkillScanCore
import SkillScanLexers

/// A command Python code runs as an argument vector, written out as one shell line.
struct ArgvCommand: Sendable {
  /// The call that runs it, in the real file.
  var range: Range<Int>
  /// The command as a shell line: literal words single-quoted where needed, other
  /// arguments as `$name` (a variable holding a literal is written as that literal).
  var line: [UInt8]
}

/// Commands that Python runs as argument vectors: `subprocess.run(["chmod", "4755", path])`,
/// and the calls of a wrapper that runs its own arguments after a fixed prefix
/// (`def _sudo(*cmd): subprocess.run(["sudo", *cmd])` … `_sudo("chmod", "4755", target)`).
///
/// The shell rules read shell text; a list handed to `subprocess` is the same command with
/// no shell in between, and skills that mean harm reach for it precisely because a reviewer
/// greps scripts for `sudo chmod`, not Python for `"chmod", "4755"`. Each command is
/// rebuilt as a shell line so the shell classifiers judge it as they would the script.
///
/// Linear: one pass over the calls finds the wrappers and plain runs, a second the wrapper
/// calls; each list or argument list is read once.
enum ArgvCommands {
  /// The argv commands of one Python token span (a script or a fence), cached per span.
  static func commands(in file: AnalyzedFile, tokens: [Token]) -> [ArgvCommand] {
    let first = tokens.first?.range.lowerBound ?? -1
    // Code that names no process runner runs no argument vector: most Python never builds
    // the statements and calls this needs.
    let span = first..<(tokens.last?.range.upperBound ?? first)
    guard !span.isEmpty, runnerModules.occurs(in: file.bytes, range: span) else { return [] }
    return file.cache.value(slot, part: first, tokens.count, size: tokens.count / 8) {
      compute(file, tokens)
    }
  }

  /// Words one of which code that runs an argument vector names.
  static let runnerModules = KeywordFilter(keywords: ["subprocess", "popen", "execv", "spawnv"])

  /// The last part of a callee that runs an argument vector.
  static let runners: Set<String> = ["run", "call", "check_call", "check_output", "Popen", "execvp", "execv", "spawnvp"]

  /// One element of a list or argument list.
  enum Word {
    case literal(String)
    case variable(String)
    case splat(String)
  }

  static func compute(_ file: AnalyzedFile, _ tokens: [Token]) -> [ArgvCommand] {
    guard !tokens.isEmpty else { return [] }
    let s = file.flowFacts(tokens, language: .python).statements
    let calls = file.codeCalls(tokens, language: .python)
    var wrappers: [String: [Word]] = [:]
    var result: [ArgvCommand] = []
    var values: Values?
    /// The literals names hold, gathered on the first command that needs them.
    func line(_ words: [Word], scope: Int) -> [UInt8] {
      if values == nil { values = Self.literalValues(s) }
      return Self.line(words, values!, scope: scope)
    }
    var lists: [Key: Range<Int>]?
    for call in calls {
      let last = call.callee.split(separator: ".").last.map(String.init) ?? call.callee
      guard runners.contains(last), let list = call.arguments.first, list.keyword == nil else { continue }
      let scope = call.openParen < s.scopeOfToken.count ? Int(s.scopeOfToken[call.openParen]) : -1
      var listRange = list.tokens
      // `cmd = [sys.executable, "-m", "pip", …]` … `subprocess.run(cmd, …)`: the list the
      // name was last given in the same function (or at module level).
      if case .variable(let name) = word(s, list.tokens), name != "arg" {
        if lists == nil { lists = Self.listAssignments(s) }
        if let assigned = lists![Key(scope: scope, name: name)] ?? lists![Key(scope: -1, name: name)] { listRange = assigned }
      }
      guard let words = listWords(s, listRange), case .some = words.first else { continue }
      // A list that passes on the enclosing function's own `*args` makes that function a
      // wrapper; its calls are the commands.
      if scope >= 0, scope < s.functions.count,
        words.contains(where: { if case .splat(let name) = $0 { return s.functions[scope].params.contains(name) } else { return false } })
      {
        wrappers[s.functions[scope].name] = words
        continue
      }
      guard case .literal = words[0] else { continue }
      result.append(ArgvCommand(range: call.range, line: line(words, scope: scope)))
    }
    guard !wrappers.isEmpty else { return result }
    for call in calls {
      let written = call.callee.split(separator: ".").last.map(String.init) ?? call.callee
      guard let template = wrappers[written], !call.arguments.isEmpty else { continue }
      var arguments: [Word] = []
      for argument in call.arguments where argument.keyword == nil {
        arguments.append(word(s, argument.tokens))
      }
      guard case .literal = arguments.first else { continue }
      var words: [Word] = []
      for part in template {
        if case .splat = part { words += arguments } else { words.append(part) }
      }
      let scope = call.openParen < s.scopeOfToken.count ? Int(s.scopeOfToken[call.openParen]) : -1
      result.append(ArgvCommand(range: call.range, line: line(words, scope: scope)))
    }
    return result.sorted { $0.range.lowerBound < $1.range.lowerBound }
  }

  /// For each name assigned a list literal, the value's token range (the last such
  /// assignment per function and name). One pass over the statements.
  static func listAssignments(_ s: CodeFlowStatements) -> [Key: Range<Int>] {
    var lists: [Key: Range<Int>] = [:]
    for statement in s.statements {
      guard statement.target.count == 1, statement.target.lowerBound < s.tokens.count,
        s.tokens[statement.target.lowerBound].kind == .word
      else { continue }
      var k = statement.value.lowerBound
      while k < statement.value.upperBound, !s.significant(k) { k += 1 }
      guard k < statement.value.upperBound, s.isOp(k, "[") else { continue }
      lists[Key(scope: statement.scope, name: s.text(statement.target.lowerBound))] = statement.value
    }
    return lists
  }

  /// The elements of a list literal `[ … ]` spanning `range`, or nil for anything else.
  static func listWords(_ s: CodeFlowStatements, _ range: Range<Int>) -> [Word]? {
    var k = range.lowerBound
    while k < range.upperBound, !s.significant(k) { k += 1 }
    guard k < range.upperBound, s.isOp(k, "[") else { return nil }
    var words: [Word] = []
    var depth = 0
    var start = k + 1
    var j = k
    while j < range.upperBound {
      if s.tokens[j].kind == .op {
        if s.isOp(j, "[") || s.isOp(j, "(") || s.isOp(j, "{") { depth += 1 }
        if s.isOp(j, "]") || s.isOp(j, ")") || s.isOp(j, "}") {
          depth -= 1
          if depth == 0 {
            if start < j { words.append(word(s, start..<j)) }
            return words.count <= maxWords ? words : nil
          }
        }
        if depth == 1, s.isOp(j, ",") {
          if start < j { words.append(word(s, start..<j)) }
          start = j + 1
        }
      }
      j += 1
    }
    return nil
  }

  /// Lists longer than this are data (a table of strings), not a command.
  static let maxWords = 64

  /// One list element or argument: a string, a `*name`, a name, or any other expression.
  static func word(_ s: CodeFlowStatements, _ range: Range<Int>) -> Word {
    let significant = range.filter { $0 < s.tokens.count && s.significant($0) }
    if significant.count == 1, s.tokens[significant[0]].kind == .string {
      return .literal(StringLiteral.value(of: s.tokens[significant[0]], in: s.bytes, language: .python))
    }
    if significant.count == 2, s.isOp(significant[0], "*"), s.tokens[significant[1]].kind == .word {
      return .splat(s.text(significant[1]))
    }
    if significant.count == 1, s.tokens[significant[0]].kind == .word { return .variable(s.text(significant[0])) }
    // `[sys.executable, "-m", "pip", …]`: the running interpreter.
    if significant.count == 3, s.text(significant[0]) == "sys", s.isOp(significant[1], "."), s.text(significant[2]) == "executable" {
      return .literal("python3")
    }
    return .variable("arg")
  }

  /// The words as a shell line. A variable assigned in the same function (or at module
  /// level) a value whose last string is a shell or interpreter (`shutil.which("bash") or
  /// "/bin/bash"`) or a single string is written as that string: `cp "$launcher" "$target"`
  /// then copies `/bin/bash`.
  static func line(_ words: [Word], _ values: Values, scope: Int) -> [UInt8] {
    var out: [UInt8] = []
    for (index, word) in words.enumerated() {
      if index > 0 { out.append(0x20) }
      switch word {
      case .literal(let value): out += quoted(value)
      case .variable(let name), .splat(let name):
        // The function's own assignment wins, even one that is not a literal.
        let found: String?? = values[Key(scope: scope, name: name)] ?? values[Key(scope: -1, name: name)]
        if case .some(.some(let value)) = found {
          out += quoted(value)
        } else {
          out += Array("\"$\(name.filter { $0.isLetter || $0.isNumber || $0 == "_" })\"".utf8)
        }
      }
    }
    return out
  }

  struct Key: Hashable {
    var scope: Int
    var name: String
  }
  typealias Values = [Key: String?]

  /// For each name assigned in a function (or at module level), the literal its last
  /// assignment holds as described in ``line(_:_:scope:)``, or nil. One pass over the
  /// statements, however many commands ask.
  static func literalValues(_ s: CodeFlowStatements) -> Values {
    var values: Values = [:]
    for statement in s.statements {
      guard statement.target.count == 1, statement.target.lowerBound < s.tokens.count,
        s.tokens[statement.target.lowerBound].kind == .word
      else { continue }
      let key = Key(scope: statement.scope, name: s.text(statement.target.lowerBound))
      // Only short values are read: a literal or an `x or "/bin/bash"` fallback.
      let value = statement.value.count <= 16 ? statement.value : 0..<0
      let strings = value.filter { $0 < s.tokens.count && s.tokens[$0].kind == .string }
      var literal: String?
      if value.count == 1, let only = strings.first {
        literal = StringLiteral.value(of: s.tokens[only], in: s.bytes, language: .python)
      } else if let last = strings.last {
        // A shell fallback (`… or "/bin/bash"`) or a URL default (`os.environ.get("MIRROR",
        // "https://…")`): what the command runs with unless someone sets otherwise.
        let text = StringLiteral.value(of: s.tokens[last], in: s.bytes, language: .python)
        if ElevatedExecutionRule.isShellOrInterpreter(text) || text.contains("://") { literal = text }
      }
      values[key] = .some(literal)
    }
    return values
  }

  /// `value` as one shell word.
  static func quoted(_ value: String) -> [UInt8] {
    let bytes = Array(value.utf8)
    let plain = !bytes.isEmpty && bytes.allSatisfy { b in
      (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || [0x2D, 0x2E, 0x2F, 0x5F, 0x3A, 0x2B, 0x3D, 0x2C, 0x40].contains(b)
    }
    if plain { return bytes }
    var out: [UInt8] = [0x27]
    for b in bytes {
      if b == 0x27 { out += Array("'\\''".utf8) } else { out.append(b) }
    }
    out.append(0x27)
    return out
  }

  private static let slot = CacheSlot<[ArgvCommand]>("ArgvCommands")
}
