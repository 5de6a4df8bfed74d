import SkillScanCore
import SkillScanLexers

/// Injectable sinks in a skill's own Python and JavaScript: code, shell commands, SQL or a
/// confined file path built from a function's parameters (or `sys.argv` / `input()`) with no
/// guard in the function.
///
/// A skill's functions are called by the agent with text that comes from the user, a
/// document or a web page, so a parameter is untrusted input. `eval(expression)`,
/// `os.system(f"… {name}")`, `execute(f"SELECT … {term}")` and `open("/base/" + name)` hand
/// that text to an interpreter, a shell, a database or the file system unchanged.
///
/// Deliberately narrow, because careless code is common and rarely malicious:
/// - only names that carry a parameter through plain assignments of the same function;
/// - a parameterised query (`execute("… ?", (x,))`) or a list-form command is not a sink;
/// - a path counts only when joined to a literal base, which shows the code meant to confine
///   it, and a function that normalises or checks the path (`realpath`, `resolve`,
///   `commonpath`, `".."`) is guarded;
/// - any guard word in the function (`literal_eval`, `fullmatch`, `shlex.quote`, `validate`,
///   an allow-list …) silences the sinks of that kind in it;
/// - `eval` with restricted `__builtins__` is a sandboxing attempt, not a raw sink.
enum InjectionSinks {
  enum Kind: String, Sendable, CaseIterable {
    case code, command, sql, path

    /// What the finding calls it.
    var title: String {
      switch self {
      case .code: "code injection"
      case .command: "shell command injection"
      case .sql: "SQL injection"
      case .path: "path traversal"
      }
    }
  }

  struct Sink: Sendable {
    var kind: Kind
    var file: String
    var range: Range<Int>
    /// `eval`, `conn.execute` …
    var what: String
    /// The parameter or input that reaches it.
    var input: String
    /// For code fenced in `SKILL.md`, the fence: only a promise inside it counts.
    var fence: Range<Int>? = nil
  }

  /// The sinks of `skill`'s own scripts (not tests, not fixture folders) and of the Python
  /// and JavaScript fenced in its `SKILL.md`.
  static func sinks(in skill: AnalyzedSkill) -> [Sink] {
    skill.cache.value(skillSinksSlot) {
      var result: [Sink] = []
      if let md = skill.skillFile {
        for region in md.regions where region.kind == .fencedCode && !region.tokens.isEmpty
          && (region.language == .python || region.language == .javascript)
        {
          result += sinks(in: md, tokens: region.tokens, language: region.language, fence: region.range)
        }
      }
      for file in skill.files where file.source.kind == .script && !file.source.isFixturePath {
        let language = file.source.language
        guard language == .python || language == .javascript,
          !ClaimContradiction.isTestFile(file.source.lowercasedName),
          let region = file.regions.first(where: { $0.kind == .whole }), !region.tokens.isEmpty
        else { continue }
        result += sinks(in: file, tokens: region.tokens, language: language, fence: nil)
      }
      return result
    }
  }

  /// The sinks of one lexed span: a whole script or one fence.
  static func sinks(in file: AnalyzedFile, tokens: [Token], language: Language, fence: Range<Int>?) -> [Sink] {
    let first = tokens.first?.range.lowerBound ?? -1
    return file.cache.value(spanSinksSlot, part: first, tokens.count, language.ordinal, size: tokens.count) {
      // One automaton pass decides whether any sink can be present; a script without one
      // never has its calls and statements built here (most scripts, and files that are
      // nothing but millions of unrelated calls).
      let span = first..<(tokens.last?.range.upperBound ?? first)
      guard !span.isEmpty, mentionsSink(file.bytes, span) else { return [] }
      var finder = Finder(file: file, tokens: tokens, language: language)
      return finder.sinks().map {
        var sink = $0
        sink.fence = fence
        return sink
      }
    }
  }

  /// Every callee word ``Finder/sink(_:scope:)`` can accept, folded to lower case.
  static let sinkWords = KeywordFilter(keywords: [
    "eval", "exec", "system", "popen", "getoutput", "getstatusoutput", "subprocess", "open",
    "execute", "raw", "read_sql", "query", "function", "runin",
  ])

  /// Whether `range` of `bytes` names any sink callee.
  static func mentionsSink(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    sinkWords.occurs(in: bytes, range: range)
  }

  /// Words whose presence in a function (as part of an identifier) shows the input is checked
  /// before the sink of that kind.
  static let guards: [Kind: [String]] = [
    .code: ["literal_eval", "fullmatch", "match", "isdigit", "isnumeric", "isdecimal", "valid", "saniti", "allow", "whitelist", "safe_", "parse"],
    .command: ["shlex", "quote", "escape", "saniti", "valid", "allow", "whitelist", "fullmatch", "match"],
    .sql: ["escape", "quote", "saniti", "valid", "allow", "whitelist", "isdigit", "isidentifier", "isalnum", "fullmatch", "match"],
    .path: ["realpath", "abspath", "resolve", "normpath", "commonpath", "commonprefix", "relative_to", "basename", "secure_filename", "saniti", "valid", "allow"],
  ]
}

extension InjectionSinks {
  /// One pass over a script's statements and calls.
  struct Finder {
    let file: AnalyzedFile
    let s: CodeFlowStatements
    let calls: [CodeCall]
    let language: Language
    /// Per scope (function index, -1 for module level): names carrying input, names holding
    /// an SQL text built from input, names holding a path joined to a literal base.
    var tainted: [Int: Set<String>] = [:]
    var sqlNames: [Int: Set<String>] = [:]
    var pathNames: [Int: Set<String>] = [:]
    /// Names assigned one string literal (a base directory), per scope.
    var literalNames: [Int: Set<String>] = [:]
    /// Names holding text built from input and literal text (`f"ls {d}"`, `"rm " + p`): a
    /// command assembled from data, not a parameter passed through.
    var builtNames: [Int: Set<String>] = [:]

    init(file: AnalyzedFile, tokens: [Token], language: Language) {
      self.file = file
      self.language = language
      self.s = file.flowFacts(tokens, language: language).statements
      self.calls = file.codeCalls(tokens, language: language)
    }

    mutating func sinks() -> [Sink] {
      for (index, function) in s.functions.enumerated() {
        tainted[index] = Set(function.params.filter { !["self", "cls", "this", "_"].contains($0) })
      }
      // Two passes: a loop body may assign before the statement that reads it.
      for _ in 0..<2 {
        for st in s.statements where !st.target.isEmpty {
          let names = targetNames(st.target)
          guard !names.isEmpty else { continue }
          if st.value.count == 1, s.tokens[st.value.lowerBound].kind == .string {
            literalNames[st.scope, default: []].formUnion(names)
          }
          guard input(in: st.value, scope: st.scope) != nil else { continue }
          // `",".join("?" * len(ids))` builds placeholders for a parameterised query.
          if isPlaceholderList(st.value) { continue }
          tainted[st.scope, default: []].formUnion(names)
          if hasLiteralText(st.value) || mentionsBuilt(st.value, scope: st.scope) { builtNames[st.scope, default: []].formUnion(names) }
          if hasSQLText(st.value) { sqlNames[st.scope, default: []].formUnion(names) }
          if isConfinedPath(st.value, scope: st.scope) { pathNames[st.scope, default: []].formUnion(names) }
        }
      }
      var result: [Sink] = []
      var guardCache: [Int: Set<Kind>] = [:]
      var statementsByScope: [Int: [Int]]? = nil
      var guardMemo: [String: Set<Kind>] = [:]
      for call in calls where call.openParen < s.scopeOfToken.count {
        let scope = Int(s.scopeOfToken[call.openParen])
        guard let (kind, input) = sink(call, scope: scope) else { continue }
        if statementsByScope == nil {
          // Built once, on the first sink: each scope's guard words are then read from its
          // own statements, not by filtering every statement per scope.
          statementsByScope = Dictionary(grouping: s.statements.indices, by: { s.statements[$0].scope })
        }
        if guardCache[scope] == nil { guardCache[scope] = guardedKinds(statementsByScope?[scope] ?? [], memo: &guardMemo) }
        if guardCache[scope]?.contains(kind) == true { continue }
        result.append(Sink(kind: kind, file: file.path, range: call.range, what: call.callee, input: input))
      }
      return result
    }

    // MARK: Sinks

    func sink(_ call: CodeCall, scope: Int) -> (Kind, String)? {
      guard let first = call.arguments.first else { return nil }
      let callee = call.callee
      // Every sink callee holds one of these letters' words; most calls are rejected before
      // any string is built for them.
      guard Self.mayBeSink(callee) else { return nil }
      let lowered = callee.lowercased()
      let base = callee.lastIndex(of: ".").map { String(callee[callee.index(after: $0)...]) } ?? callee
      if language == .python {
        if ["eval", "exec", "builtins.eval", "builtins.exec"].contains(callee) {
          // `eval(expr, {"__builtins__": {}}, names)` is a sandboxing attempt.
          if call.arguments.count >= 2, call.arguments.dropFirst().contains(where: { mentionsText($0.range, "__builtins__") }) { return nil }
          return input(in: first.tokens, scope: scope).map { (.code, $0) }
        }
        if ["os.system", "os.popen", "subprocess.getoutput", "subprocess.getstatusoutput", "commands.getoutput"].contains(callee) {
          return builtInput(in: first.tokens, scope: scope).map { (.command, $0) }
        }
        if lowered.hasPrefix("subprocess.") {
          let shellTrue = call.arguments.contains { $0.keyword == "shell" && $0.tokens.count == 1 && s.isWord($0.tokens.lowerBound, "True") }
          if shellTrue || isShellDashC(first.tokens) {
            return builtInput(in: first.tokens, scope: scope).map { (.command, $0) }
          }
          return nil
        }
        if ["open", "io.open", "codecs.open"].contains(callee), first.keyword == nil {
          if first.tokens.count == 1, s.tokens[first.tokens.lowerBound].kind == .word,
            pathNames[scope]?.contains(s.text(first.tokens.lowerBound)) == true
          {
            return (.path, s.text(first.tokens.lowerBound))
          }
          if isConfinedPath(first.tokens, scope: scope), let name = input(in: first.tokens, scope: scope) { return (.path, name) }
          return nil
        }
      } else {
        if callee == "eval" || (call.isConstructor && callee == "Function") || lowered.hasPrefix("vm.runin") {
          for arg in call.arguments { if let name = input(in: arg.tokens, scope: scope) { return (.code, name) } }
          return nil
        }
        if ["child_process.exec", "child_process.execsync"].contains(lowered) {
          return builtInput(in: first.tokens, scope: scope).map { (.command, $0) }
        }
      }
      if ["execute", "executemany", "executescript", "raw", "read_sql", "read_sql_query", "query"].contains(base) {
        if first.tokens.count == 1, s.tokens[first.tokens.lowerBound].kind == .word,
          sqlNames[scope]?.contains(s.text(first.tokens.lowerBound)) == true
        {
          return (.sql, s.text(first.tokens.lowerBound))
        }
        if hasSQLText(first.tokens), let name = input(in: first.tokens, scope: scope) { return (.sql, name) }
      }
      return nil
    }

    /// Whether `callee` can name a sink at all: the shared word list, case-folded.
    static func mayBeSink(_ callee: String) -> Bool {
      var callee = callee
      return callee.withUTF8 { InjectionSinks.sinkWords.occurs(in: $0) }
    }

    /// `["bash", "-c", …]`: a list whose command is a shell reading a script string.
    func isShellDashC(_ range: Range<Int>) -> Bool {
      guard let k = range.first, s.isOp(k, "[") else { return false }
      var shell = false
      var dashC = false
      for j in range where s.tokens[j].kind == .string {
        let value = StringLiteral.value(of: s.tokens[j], in: s.bytes, language: language)
        if ["bash", "sh", "zsh", "/bin/sh", "/bin/bash", "/bin/zsh"].contains(value) { shell = true }
        if value == "-c" || value == "-lc" { dashC = true }
      }
      return shell && dashC
    }

    // MARK: Input

    /// The input name a token range carries: a tainted word, a tainted f-string placeholder,
    /// `sys.argv` or `input()`.
    func input(in range: Range<Int>, scope: Int) -> String? {
      let names = tainted[scope] ?? []
      for k in range where k < s.tokens.count {
        let t = s.tokens[k]
        if t.kind == .word {
          if s.isOp(k - 1, ".") && !(s.isWord(k, "argv") && s.isWord(k - 2, "sys")) { continue }
          let word = s.text(k)
          if word == "argv" && s.isWord(k - 2, "sys") { return "sys.argv" }
          if language == .python, word == "input", s.isOp(k + 1, "(") { return "input()" }
          // A keyword argument's name is not a use of the name.
          if s.isOp(k + 1, "=") && !s.isOp(k + 1, "==") { continue }
          if names.contains(word) { return word }
        } else if t.kind == .string, language == .python, isFString(t) {
          for word in CodeFlow.placeholderWords(s.bytes, t.range) where names.contains(word) { return word }
        }
      }
      return nil
    }

    /// The input a command argument carries once built into text: a built name, or input
    /// next to literal text in the argument itself. A parameter passed straight through
    /// (`def run(cmd): os.system(cmd)`) is a wrapper; its callers decide what runs.
    func builtInput(in range: Range<Int>, scope: Int) -> String? {
      for k in range where s.tokens[k].kind == .word && !s.isOp(k - 1, ".") {
        let word = s.text(k)
        if builtNames[scope]?.contains(word) == true { return word }
      }
      guard hasLiteralText(range) else { return nil }
      return input(in: range, scope: scope)
    }

    func mentionsBuilt(_ range: Range<Int>, scope: Int) -> Bool {
      guard let built = builtNames[scope], !built.isEmpty else { return false }
      return range.contains { s.tokens[$0].kind == .word && !s.isOp($0 - 1, ".") && built.contains(s.text($0)) }
    }

    /// A string literal with some text in it (an f-string or template counts by its
    /// literal part: `{…}` / `${…}` substitutions are skipped).
    func hasLiteralText(_ range: Range<Int>) -> Bool {
      for k in range where k < s.tokens.count && s.tokens[k].kind == .string {
        let substitutes = (language == .python && isFString(s.tokens[k])) || language == .javascript
        var depth = 0
        var previous: UInt8 = 0
        for b in StringLiteral.value(of: s.tokens[k], in: s.bytes, language: language).utf8 {
          defer { previous = b }
          if substitutes, b == UInt8(ascii: "{"), language == .python || previous == UInt8(ascii: "$") {
            depth += 1
            continue
          }
          if depth > 0 {
            if b == UInt8(ascii: "}") { depth -= 1 } else if b == UInt8(ascii: "{") { depth += 1 }
            continue
          }
          if b == UInt8(ascii: "$") && language == .javascript { continue }
          if (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b >= 0x80 || b == UInt8(ascii: "/") || b == UInt8(ascii: "-") { return true }
        }
      }
      return false
    }

    /// Every literal is a bind marker or separator (`"?"`, `", "`, `"%s"`): the value is a
    /// placeholder list for a parameterised query.
    func isPlaceholderList(_ range: Range<Int>) -> Bool {
      var sawMarker = false
      for k in range where k < s.tokens.count && s.tokens[k].kind == .string {
        var previous: UInt8 = 0
        for b in StringLiteral.value(of: s.tokens[k], in: s.bytes, language: language).utf8 {
          defer { previous = b }
          switch b {
          case UInt8(ascii: "?"), UInt8(ascii: ","): sawMarker = true
          case UInt8(ascii: " "), UInt8(ascii: "%"): break
          case UInt8(ascii: "s") where previous == UInt8(ascii: "%"): sawMarker = true
          default: return false
          }
        }
      }
      return sawMarker
    }

    func isFString(_ t: Token) -> Bool {
      guard t.range.count > 2, t.range.upperBound <= s.bytes.count else { return false }
      return s.bytes[t.range.lowerBound] | 0x20 == UInt8(ascii: "f") || s.bytes[t.range.lowerBound + 1] | 0x20 == UInt8(ascii: "f")
    }

    /// Word targets of an assignment (`a`, `a, b`; not attributes or subscripts).
    func targetNames(_ range: Range<Int>) -> [String] {
      range.filter { s.tokens[$0].kind == .word && !s.isOp($0 - 1, ".") && !s.isOp($0 + 1, ".") && !s.isOp($0 + 1, "[") }
        .map { s.text($0) }
        .filter { !["const", "let", "var", "self", "this"].contains($0) }
    }

    func mentionsText(_ bytes: Range<Int>, _ needle: String) -> Bool {
      let clamped = bytes.clamped(to: 0..<s.bytes.count)
      return ByteSearch.firstIndex(of: Array(needle.utf8), in: Array(s.bytes[clamped])) != nil
    }

    // MARK: SQL and paths

    static let sqlShapes: [[[UInt8]]] = [
      ["select ", " from "], ["insert into"], ["update ", " set "], ["delete from"], ["drop table"],
    ].map { $0.map { Array($0.utf8) } }

    /// A string in the range reads as an SQL statement.
    func hasSQLText(_ range: Range<Int>) -> Bool {
      for k in range where k < s.tokens.count && s.tokens[k].kind == .string {
        let r = s.tokens[k].range.clamped(to: 0..<s.bytes.count)
        let lowered = s.bytes[r].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        if Self.sqlShapes.contains(where: { shape in shape.allSatisfy { ByteSearch.firstIndex(of: $0, in: lowered) != nil } }) {
          return true
        }
      }
      return false
    }

    /// A path joined to a literal base: `os.path.join("/base", x)`, `os.path.join(BASE, x)`
    /// with `BASE = "/base"`, `f"/etc/app/{x}"`, `"/base/" + x`.
    func isConfinedPath(_ range: Range<Int>, scope: Int) -> Bool {
      guard let first = range.first else { return false }
      // os.path.join( <literal or literal name> , …
      for k in range where s.isWord(k, "join") && s.isOp(k + 1, "(") && k + 2 < range.upperBound {
        let arg = k + 2
        if s.tokens[arg].kind == .string { return true }
        if s.tokens[arg].kind == .word {
          let name = s.text(arg)
          if literalNames[scope]?.contains(name) == true || literalNames[-1]?.contains(name) == true { return true }
        }
      }
      let t = s.tokens[first]
      guard t.kind == .string else { return false }
      let value = StringLiteral.value(of: t, in: s.bytes, language: language)
      guard value.hasPrefix("/") || value.hasPrefix("./") || value.hasPrefix("~/") else { return false }
      if language == .python, isFString(t), !CodeFlow.placeholderWords(s.bytes, t.range).isEmpty { return true }
      return s.isOp(first + 1, "+")
    }

    // MARK: Guards

    /// The kinds whose guard words occur in a scope's statements (a `".."` string guards
    /// paths).
    func guardedKinds(_ statements: [Int], memo: inout [String: Set<Kind>]) -> Set<Kind> {
      var result = Set<Kind>()
      for index in statements {
        for k in s.statements[index].tokens where k < s.tokens.count {
          if s.tokens[k].kind == .word {
            let word = s.text(k)
            if let known = memo[word] {
              result.formUnion(known)
            } else {
              let lowered = word.lowercased()
              let kinds = Set(InjectionSinks.guards.filter { _, cues in cues.contains { ByteSearch.contains(lowered, $0) } }.map(\.key))
              memo[word] = kinds
              result.formUnion(kinds)
            }
          } else if s.tokens[k].kind == .string, ByteText.contains(s.tokens[k].range, "..", in: s.bytes) {
            result.insert(.path)
          }
        }
      }
      return result
    }
  }
}

/// Where the skill-wide and per-span sink lists are cached.
private let skillSinksSlot = CacheSlot<[InjectionSinks.Sink]>("InjectionSinks.sinks")
private let spanSinksSlot = CacheSlot<[InjectionSinks.Sink]>("InjectionSinks.span")
