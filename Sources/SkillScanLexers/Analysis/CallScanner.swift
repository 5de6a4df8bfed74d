import SkillScanCore

/// Shared machinery for the Python and JavaScript call views: dotted-name chains, argument
/// splitting and alias resolution over a token array with matched brackets.
struct CallScanner {
  let tokens: [Token]
  let bytes: [UInt8]
  /// For each token, its matching bracket (see ``BracketMatcher``), 32-bit like token offsets.
  let match: [Int32]
  /// For each token, the first index at or after it where an unclosed call's arguments stop:
  /// a newline or another unclosed `(`. Precomputed so that a line of many unclosed calls
  /// (`f(f(f(…`) costs one pass, not one walk per call.
  private let unclosedStop: [Int32]
  /// Local name → dotted module path (`p` → `requests.post`).
  var aliases: [String: String] = [:]
  /// Names bound to a short string literal (`const _k = '\x65\x76\x61\x6c'`, `k = ['ev' +
  /// 'al'][0]`), decoded, for a lookup `globalThis[_k](…)` through the name.
  var stringConstants: [String: String] = [:]
  /// A prefix removed from resolved callees (`node:` for JavaScript built-in modules).
  var droppedCalleePrefix: String?
  /// Whether a name may carry type arguments before its `(` (TypeScript `api<Res>(path)`).
  var typeArguments = false
  /// Every call's arguments, in one array (see ``CodeCall/Arguments``).
  private let store = ArgumentStore()
  /// Words that look like calls but are declarations (`def f(`, `function f(`).
  let declarationKeywords: Set<String>
  /// Functions whose call result is the module named by their string argument.
  let moduleLoaders: Set<String>

  init(tokens: [Token], bytes: [UInt8], declarationKeywords: Set<String>, moduleLoaders: Set<String>) {
    self.tokens = tokens
    self.bytes = bytes
    let match = BracketMatcher.match(tokens, bytes)
    self.match = match
    var stop = [Int32](filled: Int32(tokens.count), count: tokens.count + 1)
    var k = tokens.count - 1
    while k >= 0 {
      let token = tokens[k]
      let isUnclosedOpen = token.kind == .op && match[k] < 0 && ByteText.equals(token.range, "(", in: bytes)
      stop[k] = token.kind == .newline || isUnclosedOpen ? Int32(k) : stop[k + 1]
      k -= 1
    }
    self.unclosedStop = stop
    self.declarationKeywords = declarationKeywords
    self.moduleLoaders = moduleLoaders
  }

  /// Whether any token is an opening parenthesis: without one there is no call, and the
  /// bracket table, aliases and scanner of a span need not be built (a page or a Markdown
  /// file of thousands of one-line snippets asked for each one's calls).
  static func hasOpenParen(_ tokens: [Token], _ bytes: [UInt8]) -> Bool {
    tokens.contains { $0.kind == .op && $0.range.count == 1 && $0.range.lowerBound < bytes.count && bytes[$0.range.lowerBound] == 0x28 }
  }

  func text(_ k: Int) -> String { ByteText.string(tokens[k].range, in: bytes) }
  func isOp(_ k: Int, _ lit: StaticString) -> Bool {
    k >= 0 && k < tokens.count && tokens[k].kind == .op && ByteText.equals(tokens[k].range, lit, in: bytes)
  }
  func isWord(_ k: Int) -> Bool { k >= 0 && k < tokens.count && tokens[k].kind == .word }

  /// Previous token index skipping comments and newlines.
  func previous(_ k: Int) -> Int {
    var j = k - 1
    while j >= 0 && (tokens[j].kind == .comment || tokens[j].kind == .newline) { j -= 1 }
    return j
  }

  /// The dotted chain ending at word `k`: its first token index and its text joined with
  /// dots (`os.path.join`).
  ///
  /// Most callees are one word (`print`, `f`); they take no array of components.
  func dottedChain(endingAt k: Int) -> (start: Int, name: String) {
    let j = previous(k)
    guard j >= 1, isOp(j, ".") || isOp(j, "?."), isWord(previous(j)) else { return (k, text(k)) }
    let found = chain(endingAt: k)
    return (found.start, found.parts.joined(separator: "."))
  }

  /// The dotted chain ending at word `k`: its first token index and components.
  func chain(endingAt k: Int) -> (start: Int, parts: [String]) {
    var parts = [text(k)]
    var start = k
    var j = previous(k)
    while j >= 1, isOp(j, ".") || isOp(j, "?."), isWord(previous(j)), parts.count < 16 {
      let w = previous(j)
      parts.append(text(w))
      start = w
      j = previous(w)
    }
    return (start, parts.reversed())
  }

  /// Module named by a loader call whose `)` is at `close` (`__import__('os')`, `require('fs')`).
  func loadedModule(closedAt close: Int) -> String? {
    let open = Int(match[close])
    guard open > 0, isWord(previous(open)) else { return nil }
    let loader = dottedChain(endingAt: previous(open)).name
    guard moduleLoaders.contains(resolve(loader)), open + 2 == close, tokens[open + 1].kind == .string else { return nil }
    return StringLiteral.rawContent(tokens[open + 1], bytes)
  }

  /// Resolves the first component of a dotted name through ``aliases``.
  func resolve(_ name: String) -> String {
    guard !aliases.isEmpty else { return name }
    let head = name.prefix { $0 != "." }
    guard let target = aliases[String(head)] else { return name }
    return target + name.dropFirst(head.count)
  }

  /// Calls at every `(` that follows a name or a call result.
  func calls() -> [CodeCall] {
    var result: [CodeCall] = []
    // Sized once: a script of millions of calls would otherwise copy the array at every
    // doubling.
    var opens = 0
    for k in tokens.indices where isOp(k, "(") { opens += 1 }
    result.reserveCapacity(opens)
    store.items.reserveCapacity(opens)
    for k in tokens.indices where isOp(k, "(") {
      var p = previous(k)
      if typeArguments, let name = typeArgumentsOwner(endingAt: p) { p = name }
      if p >= 0, !isWord(p), let dynamic = dynamicCall(open: k, after: p) {
        result.append(dynamic)
        continue
      }
      guard p >= 0, isWord(p) else { continue }
      let word = text(p)
      if declarationKeywords.contains(word) { continue }
      let decl = previous(p)
      if decl >= 0, isWord(decl), declarationKeywords.contains(text(decl)) { continue }
      let found = dottedChain(endingAt: p)
      var start = found.start
      var written = found.name
      var callee = resolve(written)
      let before = previous(start)
      if before >= 0, isOp(before, "."), before > 0, isOp(previous(before), ")") {
        let close = previous(before)
        if let module = loadedModule(closedAt: close) {
          callee = module + "." + written
        } else {
          callee = "()." + written
        }
        written = "()." + written
        start = match[close] >= 0 ? previous(Int(match[close])) : start
        if start < 0 || !isWord(start) { start = before + 1 }
      }
      if isReservedCallee(word) { continue }
      if let prefix = droppedCalleePrefix, callee.hasPrefix(prefix) { callee.removeFirst(prefix.count) }
      let isNew = before >= 0 && isWord(before) && text(before) == "new"
      let close = match[k] >= 0 ? Int(match[k]) : unclosedEnd(k)
      let upper = match[k] >= 0 ? tokens[close].range.upperBound : tokens[max(k, close - 1)].range.upperBound
      result.append(
        CodeCall(
          callee: callee, writtenCallee: written,
          calleeRange: tokens[start].range.lowerBound..<tokens[p].range.upperBound,
          openParen: k, closeParen: close, arguments: arguments(open: k, close: close),
          range: tokens[start].range.lowerBound..<max(tokens[start].range.lowerBound, upper),
          isConstructor: isNew))
    }
    return result
  }

  private func isReservedCallee(_ word: String) -> Bool { Self.reserved.contains(word) }

  /// Type arguments read back from a `>` before a call's `(`: the longest a real one is.
  static let maxTypeArgumentTokens = 48

  /// The name that a TypeScript type-argument list ending at `p` belongs to (`api` in
  /// `api<ExportResponse>(…)`, `get<Map<string, T[]>>(…)`): nil unless `p` closes angle
  /// brackets that open right after a name and hold only type syntax.
  func typeArgumentsOwner(endingAt p: Int) -> Int? {
    guard p > 0, tokens[p].kind == .op, bytes[tokens[p].range.lowerBound] == 0x3E else { return nil }
    var depth = 0
    var k = p
    var read = 0
    while k >= 0, read < Self.maxTypeArgumentTokens {
      let token = tokens[k]
      read += 1
      if token.kind == .op {
        let r = token.range
        if r.allSatisfy({ bytes[$0] == 0x3E }) {
          depth += r.count
        } else if r.allSatisfy({ bytes[$0] == 0x3C }) {
          depth -= r.count
          if depth == 0 {
            let name = previous(k)
            return isWord(name) && !Self.reserved.contains(text(name)) ? name : nil
          }
          if depth < 0 { return nil }
        } else if !(r.count == 1 && [0x2E, 0x2C, 0x5B, 0x5D, 0x7C, 0x26, 0x3F].contains(bytes[r.lowerBound])) {
          return nil
        }
      } else if token.kind != .word && token.kind != .string && token.kind != .newline {
        return nil
      }
      k -= 1
    }
    return nil
  }

  /// A call through an attribute named by a string (`getattr(builtins, "ex" + "ec")(code)`,
  /// `window["ev" + "al"](s)`, `require("child_process")["exec"](c)`), reported under the
  /// name the string spells: hiding a callee in a string is how droppers slip `exec` past a
  /// reader, and the literal pieces are all there to join.
  func dynamicCall(open k: Int, after p: Int) -> CodeCall? {
    guard tokens[p].kind == .op, match[p] >= 0 else { return nil }
    let opener = Int(match[p])
    let attribute: String
    let object: String
    var start = opener
    if isOp(p, ")"), isWord(p - 1), p - 2 > opener, isOp(p - 2, ","), !isWord(previous(opener)) {
      // `(0, eval)(src)`: the indirect call, the comma expression's value is the function.
      let chain = dottedChain(endingAt: p - 1)
      attribute = resolve(chain.name)
      object = ""
      start = opener
    } else if isOp(p, ")") {
      // `getattr(obj, "name")(…)`
      let name = previous(opener)
      guard name >= 0, isWord(name), text(name) == "getattr" else { return nil }
      let args = arguments(open: opener, close: p)
      guard args.count >= 2, let joined = joinedLiteral(args[1].tokens) else { return nil }
      attribute = joined
      object = objectName(args[0].tokens)
      start = name
    } else if isOp(p, "]") {
      // `obj["name"](…)`, or `obj[NAME](…)` with `NAME` bound to a literal.
      let constant = p == opener + 2 && isWord(opener + 1) ? stringConstants[text(opener + 1)] : nil
      guard let joined = joinedLiteral(opener + 1..<p) ?? constant else { return nil }
      attribute = joined
      let before = previous(opener)
      guard before >= 0 else { return nil }
      if isWord(before) {
        let chain = dottedChain(endingAt: before)
        object = resolve(chain.name)
        start = chain.start
      } else if isOp(before, ")"), let module = loadedModule(closedAt: before) {
        object = module
        start = max(0, previous(Int(match[before])))
      } else if isOp(before, ")"), match[before] >= 0, Int(match[before]) + 1 == before,
        isWord(previous(Int(match[before])))
      {
        // `globals()["eval"]`
        start = previous(Int(match[before]))
        object = text(start) + "()"
      } else {
        return nil
      }
    } else {
      return nil
    }
    guard !attribute.isEmpty, attribute.utf8.allSatisfy({ ByteClass.isAlpha($0) || ByteClass.isDigit($0) || $0 == 0x5F || $0 == 0x24 || $0 == 0x2E })
    else { return nil }
    var callee = Self.globalObjects.contains(object) || object.isEmpty ? attribute : object + "." + attribute
    if let prefix = droppedCalleePrefix, callee.hasPrefix(prefix) { callee.removeFirst(prefix.count) }
    let close = match[k] >= 0 ? Int(match[k]) : unclosedEnd(k)
    let upper = match[k] >= 0 ? tokens[close].range.upperBound : tokens[max(k, close - 1)].range.upperBound
    let lower = tokens[start].range.lowerBound
    return CodeCall(
      callee: callee, writtenCallee: ByteText.string(lower..<tokens[p].range.upperBound, in: bytes),
      calleeRange: lower..<tokens[p].range.upperBound, openParen: k, closeParen: close,
      arguments: arguments(open: k, close: close), range: lower..<max(lower, upper), isConstructor: false)
  }

  /// Binds names assigned a callable looked up by a string (`run = getattr(builtins, "ex" +
  /// "ec")`, `const f = window["ev" + "al"]`) or an evaluator itself (`run = exec`), so that
  /// `run(code)` is reported as the call it is. ``dynamicCall(open:after:)`` names the call
  /// made on the spot; droppers as often keep the function in a variable first.
  ///
  /// One pass over the tokens; only a whole statement `NAME = <lookup>` binds, so `a.b = …`
  /// or a lookup used inside a larger expression does not.
  mutating func bindLookedUpCallables() {
    var k = 1
    while k + 1 < tokens.count {
      defer { k += 1 }
      guard isOp(k, "="), isWord(k - 1) else { continue }
      // The name starts its statement (or follows `const`/`let`/`var` that does): each
      // statement is then read once below, which keeps the pass linear.
      var first = k - 1
      if first >= 1, isWord(first - 1), Self.bindingKeywords.contains(text(first - 1)) { first -= 1 }
      guard first == 0 || tokens[first - 1].kind == .newline || isOp(first - 1, ";") || tokens[first - 1].kind == .comment
      else { continue }
      // The statement's last token: the line end, `;`, or the end of the span.
      var end = k + 1
      while end < tokens.count, tokens[end].kind != .newline, !isOp(end, ";"), tokens[end].kind != .comment {
        if tokens[end].kind == .op, match[end] > end { end = Int(match[end]) }
        end += 1
      }
      let last = end - 1
      guard last > k else { continue }
      // `NAME = 'lit'` (pieces joined) or `NAME = ['lit'][0]`: remembered for lookups.
      if let literal = joinedLiteral((k + 1)..<end) {
        stringConstants[text(k - 1)] = literal
      } else if end - k == 7, isOp(k + 1, "["), tokens[k + 2].kind == .string, isOp(k + 3, "]"), isOp(k + 4, "["),
        text(k + 5) == "0", isOp(k + 6, "]"), let literal = joinedLiteral((k + 2)..<(k + 3))
      {
        stringConstants[text(k - 1)] = literal
      }
      var bound: String?
      if last == k + 1, isWord(last), Self.evaluators.contains(text(last)) {
        bound = text(last)
      } else if isOp(last, ")"), match[last] == Int32(k + 2), isWord(k + 1), text(k + 1) == "getattr" {
        let args = arguments(open: k + 2, close: last)
        if args.count >= 2, let attribute = joinedLiteral(args[1].tokens) {
          let object = objectName(args[0].tokens)
          bound = Self.globalObjects.contains(object) || object.isEmpty ? attribute : object + "." + attribute
        }
      } else if isOp(last, "]"), match[last] > Int32(k + 1), let attribute = joinedLiteral(Int(match[last]) + 1..<last) {
        let open = Int(match[last])
        let objectTokens = (k + 1)..<open
        let object = objectTokens.isEmpty ? "" : objectName(objectTokens)
        if !object.isEmpty { bound = Self.globalObjects.contains(object) ? attribute : object + "." + attribute }
      }
      guard let bound, !bound.isEmpty,
        bound.utf8.allSatisfy({ ByteClass.isAlpha($0) || ByteClass.isDigit($0) || $0 == 0x5F || $0 == 0x24 || $0 == 0x2E })
      else { continue }
      aliases[text(k - 1)] = bound
    }
  }

  /// Keywords that may introduce a binding (`const f = …`).
  static let bindingKeywords: Set<String> = ["const", "let", "var"]
  /// Built-in evaluators a name can be bound to directly (`run = exec`).
  static let evaluators: Set<String> = ["exec", "eval", "compile", "execfile"]

  /// Objects whose attributes are the language's global functions: `getattr(builtins, "exec")`
  /// is `exec`, `window["eval"]` is `eval`.
  static let globalObjects: Set<String> = [
    "builtins", "__builtins__", "globals()", "window", "globalThis", "global", "self", "this",
  ]

  /// The text of string literals joined by `+` (or written side by side, as Python joins
  /// them) over `range`; nil when anything else is there (a variable, a call).
  func joinedLiteral(_ range: Range<Int>) -> String? {
    var out = ""
    var any = false
    for i in range where i < tokens.count {
      switch tokens[i].kind {
      case .string:
        let raw = StringLiteral.rawContent(tokens[i], bytes)
        // `'\x65\x76\x61\x6c'` spells `eval`: escapes are decoded (JavaScript and Python
        // share the `\x`/`\u` forms that matter here).
        out += raw.utf8.contains(0x5C) ? StringLiteral.value(of: tokens[i], in: bytes, language: .javascript) : raw
        any = true
      case .newline, .comment: continue
      default:
        guard isOp(i, "+") else { return nil }
      }
      if out.utf8.count > 64 { return nil }
    }
    return any ? out : nil
  }

  /// The module or object an argument names: a dotted name (through aliases), a loader call
  /// (`__import__("os")`), `globals()`; empty when it is something else.
  func objectName(_ range: Range<Int>) -> String {
    guard let last = range.last, range.lowerBound < tokens.count else { return "" }
    if isWord(last), last == range.lowerBound || dottedChain(endingAt: last).start == range.lowerBound {
      return resolve(dottedChain(endingAt: last).name)
    }
    if isOp(last, ")"), let module = loadedModule(closedAt: last) { return module }
    if isOp(last, ")"), range.count == 3, isWord(range.lowerBound) { return text(range.lowerBound) + "()" }
    return ""
  }

  /// Keywords that can precede `(` without being a call.
  private static let reserved: Set<String> = [
    "if", "while", "for", "switch", "catch", "return", "elif", "and", "or", "not", "in", "with",
    "assert", "del", "yield", "await", "typeof", "lambda", "import", "from", "except", "as", "is",
    "else", "raise", "void", "delete", "instanceof", "of",
  ]

  /// Where an unclosed call's arguments are taken to end: the end of the line, the next
  /// unclosed `(` (whose own call takes the rest), or 256 tokens on, whichever comes first.
  /// Each token then belongs to at most one unclosed call, so any number of them stays linear.
  func unclosedEnd(_ open: Int) -> Int {
    min(Int(unclosedStop[open + 1]), open + 256, tokens.count)
  }

  /// Splits `(…)` at top-level commas, appending to the scanner's shared store.
  func arguments(open: Int, close: Int) -> CodeCall.Arguments {
    let offset = store.items.count
    var argStart = open + 1
    var k = open + 1
    func flush(_ endIndex: Int) {
      var lo = argStart
      var hi = endIndex
      while lo < hi && (tokens[lo].kind == .newline || tokens[lo].kind == .comment) { lo += 1 }
      while hi > lo && (tokens[hi - 1].kind == .newline || tokens[hi - 1].kind == .comment) { hi -= 1 }
      guard lo < hi else { return }
      var keyword: String?
      if hi - lo >= 2, isWord(lo), isOp(lo + 1, "=") { keyword = text(lo) }
      store.items.append(CodeCall.Argument(tokens: lo..<hi, range: tokens[lo].range.lowerBound..<tokens[hi - 1].range.upperBound, keyword: keyword))
    }
    while k < close && k < tokens.count {
      if isOp(k, ",") {
        flush(k)
        argStart = k + 1
        k += 1
      } else if tokens[k].kind == .op, match[k] > k, match[k] < close {
        k = Int(match[k]) + 1
      } else {
        k += 1
      }
    }
    flush(min(close, tokens.count))
    return CodeCall.Arguments(store: store, offset: offset, count: store.items.count - offset)
  }
}
