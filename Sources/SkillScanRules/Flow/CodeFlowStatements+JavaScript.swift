import SkillScanCore
import SkillScanLexers

/// JavaScript statement splitting: `;`, block braces and line ends at bracket depth 0 end a
/// statement; a `{` that follows `=`, `(`, `,`, `:` or `return` opens an object literal and
/// stays inside its statement. Blocks opened after a function head are that function's body.
extension CodeFlowStatements {
  mutating func splitJavaScript() {
    var blocks: [Int] = []  // function index (or -1) per open block brace
    // Per open block: the bracket depth it interrupted, for a function body opened inside
    // an expression (`(async () => { … })()`, `arr.forEach(x => { … })`); nil for a block
    // at depth 0.
    var interrupted: [Int?] = []
    var depth = 0
    var start = 0
    var pendingFunction: Function?
    var k = 0
    func scope() -> Int { blocks.last(where: { $0 >= 0 }) ?? -1 }
    while k <= tokens.count {
      if k == tokens.count {
        flushJS(start..<k, scope: scope())
        break
      }
      let t = tokens[k]
      if t.kind == .op {
        if isByte(k, 0x7B) && depth == 0 && !opensObject(at: k) {
          let head = start..<k
          pendingFunction = functionHead(head)
          if pendingFunction == nil || !isArrowOrHeadOnly(head) { flushJS(head, scope: scope()) }
          if let f = pendingFunction {
            functions.append(f)
            blocks.append(functions.count - 1)
          } else {
            blocks.append(-1)
          }
          interrupted.append(nil)
          pendingFunction = nil
          start = k + 1
        } else if isByte(k, 0x7B) && depth > 0 && opensNestedBody(at: k) {
          // A callback's or IIFE's body: its statements are statements too (an IIFE-wrapped
          // script was one opaque expression). The expression around it resumes after `}`.
          if let found = callbackParameters(bodyAt: k), found.start > start,
            let call = enclosingCall(ofArgumentAt: found.start, notBefore: start)
          {
            // The callback gets the call's arguments (`readFile(path, cb)`, `exec(cmd, cb)`);
            // the receiver's data only through methods that pass it on (`read(p).then(cb)`,
            // `secrets.map(cb)`), not through event registration (`bot.on("message", cb)`,
            // where a client built with a token hands its handler someone else's message).
            let passesReceiver = call.method.map(Self.dataPassingMethods.contains) ?? false
            callbacks.append(Callback(params: found.params, scope: scope(), head: (passesReceiver ? call.start : call.open)..<found.start))
          }
          flushJS(start..<k, scope: scope())
          blocks.append(-1)
          interrupted.append(depth)
          depth = 0
          start = k + 1
        } else if isByte(k, 0x7D) && depth == 0 {
          flushJS(start..<k, scope: scope())
          if !blocks.isEmpty { blocks.removeLast() }
          if let saved = interrupted.popLast(), let saved { depth = saved }
          start = k + 1
        } else if isByte(k, 0x3B) && depth == 0 {
          flushJS(start..<k, scope: scope())
          start = k + 1
        } else if opensBracket(k) {
          depth += 1
        } else if closesBracket(k) {
          depth = max(0, depth - 1)
        }
      } else if t.kind == .newline, depth == 0, endsStatement(before: k, start: start) {
        flushJS(start..<k, scope: scope())
        start = k + 1
      }
      k += 1
    }
  }

  /// The call whose argument list holds token `k` directly: where its callee starts
  /// (`fs.readFile(` for `fs.readFile(p, (err, data) => …`, `read(p).then(` for
  /// `read(p).then(text => …`), its `(`, and the method name before the `(`. Nil
  /// when `k` sits in an object or array literal instead (`register({ onEvent: (data) => … })`:
  /// an event system calls that function with data of its own), or nothing encloses it.
  func enclosingCall(ofArgumentAt k: Int, notBefore lower: Int) -> (start: Int, open: Int, method: String?)? {
    var depth = 0
    var open = k - 1
    while open >= lower {
      if closesBracket(open) {
        depth += 1
      } else if opensBracket(open) {
        if depth == 0 { break }
        depth -= 1
      }
      open -= 1
    }
    guard open >= lower, isByte(open, 0x28) else { return nil }
    var m = open - 1
    while m >= lower && !significant(m) { m -= 1 }
    let method = m >= lower && tokens[m].kind == .word ? text(m) : nil
    // The callee: words joined by `.`/`?.`, with call or index groups between them.
    var start = open
    var p = open - 1
    while p >= lower {
      while p >= lower && !significant(p) { p -= 1 }
      guard p >= lower else { break }
      if tokens[p].kind == .word {
        start = p
        p -= 1
        while p >= lower && !significant(p) { p -= 1 }
        guard p >= lower, isOp(p, ".") || isOp(p, "?.") else { break }
        p -= 1
      } else if isByte(p, 0x29) || isByte(p, 0x5D) {
        // Back over a balanced `(…)` or `[…]` group.
        var d = 0
        var q = p
        while q >= lower {
          if closesBracket(q) { d += 1 } else if opensBracket(q) {
            d -= 1
            if d == 0 { break }
          }
          q -= 1
        }
        guard q >= lower else { break }
        p = q - 1
      } else {
        break
      }
    }
    return (start, open, method)
  }

  /// Methods whose callback receives the receiver's own data.
  static let dataPassingMethods: Set<String> = [
    "then", "map", "forEach", "filter", "reduce", "flatMap", "find", "some", "every", "sort", "pipe",
  ]

  /// The parameters of the function literal whose body opens at `k`, and the token where
  /// the literal starts: `(err, data) =>`, `data =>`, `function (err, data)`.
  func callbackParameters(bodyAt k: Int) -> (params: [String], start: Int)? {
    var p = k - 1
    while p >= 0 && !significant(p) { p -= 1 }
    guard p >= 0 else { return nil }
    var arrow = false
    if isOp(p, "=>") {
      arrow = true
      p -= 1
      while p >= 0 && !significant(p) { p -= 1 }
      guard p >= 0 else { return nil }
      if tokens[p].kind == .word {
        var start = p
        var q = p - 1
        while q >= 0 && !significant(q) { q -= 1 }
        if q >= 0, isWord(q, "async") { start = q }
        return ([text(p)], start)
      }
    }
    guard isByte(p, 0x29) else { return nil }
    // The parameter list's `(`: parameters hold no parentheses beyond defaults, so a short
    // bounded walk back with a depth count finds it.
    var depth = 0
    var open = p
    var steps = 0
    while open >= 0, steps < 256 {
      if isByte(open, 0x29) { depth += 1 } else if isByte(open, 0x28) {
        depth -= 1
        if depth == 0 { break }
      }
      open -= 1
      steps += 1
    }
    guard open >= 0, depth == 0 else { return nil }
    var start = open
    var q = open - 1
    while q >= 0 && !significant(q) { q -= 1 }
    if !arrow {
      // `function name(…)` or `function (…)`.
      if q >= 0, tokens[q].kind == .word, !isWord(q, "function") {
        q -= 1
        while q >= 0 && !significant(q) { q -= 1 }
      }
      guard q >= 0, isWord(q, "function") else { return nil }
      start = q
      q -= 1
      while q >= 0 && !significant(q) { q -= 1 }
    }
    if q >= 0, isWord(q, "async") { start = q }
    return (params(after: open, limit: k), start)
  }

  /// Whether the `{` at `k`, inside brackets, opens a function body: after `=>`, or after
  /// the parameter list of a `function` expression.
  func opensNestedBody(at k: Int) -> Bool {
    var p = k - 1
    while p >= 0 && !significant(p) { p -= 1 }
    guard p >= 0 else { return false }
    if isOp(p, "=>") { return true }
    guard isByte(p, 0x29) else { return false }
    // `function (a, b) {` / `function name(a) {`: the keyword shortly before the `(`.
    var q = p - 1
    var steps = 0
    while q >= 0, steps < 32, !isByte(q, 0x28) {
      q -= 1
      steps += 1
    }
    guard q >= 0, isByte(q, 0x28) else { return false }
    var r = q - 1
    while r >= 0 && !significant(r) { r -= 1 }
    if r >= 0, tokens[r].kind == .word, !isWord(r, "function") {
      r -= 1
      while r >= 0 && !significant(r) { r -= 1 }
    }
    return r >= 0 && isWord(r, "function")
  }

  /// Whether the `{` at `k` opens an object literal rather than a block.
  func opensObject(at k: Int) -> Bool {
    var p = k - 1
    while p >= 0 && !significant(p) { p -= 1 }
    guard p >= 0 else { return false }
    if tokens[p].kind == .op {
      if isByte(p, 0x3E) && closesReturnType(at: p) { return false }
      return !isByte(p, 0x29) && !isOp(p, "=>") && !isByte(p, 0x7D) && !isByte(p, 0x3B)
    }
    return isWord(p, "return") || isWord(p, "yield") || isWord(p, "await")
  }

  /// Whether the `>` at `k` ends a TypeScript return type (`): Promise<void> {`,
  /// `): Map<string, Array<number>> {`), so the `{` after it opens the function's body. A
  /// JSX `<div>{x}` has no `): Type` before its `<`. Read back at most 32 tokens.
  func closesReturnType(at k: Int) -> Bool {
    var p = k
    var angle = 0
    var steps = 0
    while p >= 0, steps < 32 {
      if isByte(p, 0x3E) { angle += 1 } else if isOp(p, ">>") { angle += 2 } else if isByte(p, 0x3C) { angle -= 1 }
      if angle == 0 { break }
      p -= 1
      steps += 1
    }
    guard angle == 0, p >= 1 else { return false }
    var q = p - 1
    while q >= 0 && !significant(q) { q -= 1 }
    // The generic's name, possibly dotted (`Promise`, `Express.Response`).
    while q >= 0, tokens[q].kind == .word || isByte(q, 0x2E) { q -= 1 }
    guard q >= 1, isByte(q, 0x3A) else { return false }
    var r = q - 1
    while r >= 0 && !significant(r) { r -= 1 }
    return r >= 0 && isByte(r, 0x29)
  }

  /// A newline ends the statement unless the line ends with an operator or the next line
  /// starts with `.`, `?.` or an operator continuing the expression.
  func endsStatement(before k: Int, start: Int) -> Bool {
    var p = k - 1
    while p >= start && !significant(p) { p -= 1 }
    guard p >= start else { return false }
    if tokens[p].kind == .op {
      if !closesBracket(p) && !isOp(p, "++") && !isOp(p, "--") { return false }
    }
    var n = k + 1
    while n < tokens.count && !significant(n) { n += 1 }
    if n < tokens.count, tokens[n].kind == .op {
      if isByte(n, 0x2E) || isOp(n, "?.") || isByte(n, 0x2B) || isOp(n, "||") || isOp(n, "&&")
        || isByte(n, 0x3F) || isByte(n, 0x3A)
      {
        return false
      }
    }
    return true
  }

  /// The function a block head declares: `function f(a)`, `f(a)` (method), `x = (a) =>`,
  /// `x = function (a)`, `x = async (a) =>`.
  func functionHead(_ head: Range<Int>) -> Function? {
    let sig = head.filter(significant)
    guard let first = sig.first else { return nil }
    if let f = sig.firstIndex(where: { isWord($0, "function") }) {
      let afterF = sig.index(after: f)
      if afterF < sig.endIndex, tokens[sig[afterF]].kind == .word {
        return Function(name: text(sig[afterF]), params: params(after: sig[afterF] + 1, limit: head.upperBound))
      }
      if let eq = assignmentOperator(in: head), let name = lastWord(before: eq, from: head.lowerBound) {
        return Function(name: name, params: params(after: sig[afterF], limit: head.upperBound))
      }
      return nil
    }
    if let last = sig.last, isOp(last, "=>") {
      let name = assignmentOperator(in: head).flatMap { lastWord(before: $0, from: head.lowerBound) } ?? ""
      let open = sig.first { isOp($0, "(") } ?? head.upperBound
      let single = sig.count >= 2 && tokens[sig[sig.count - 2]].kind == .word ? [text(sig[sig.count - 2])] : []
      return Function(name: name, params: open < head.upperBound ? params(after: open, limit: head.upperBound) : single)
    }
    // Method: [async|static|get|set] name ( params )
    var n = first
    while isWord(n, "async") || isWord(n, "static") || isWord(n, "get") || isWord(n, "set") { n += 1 }
    guard tokens.indices.contains(n), tokens[n].kind == .word, isOp(n + 1, "("), let last = sig.last, isOp(last, ")") else { return nil }
    let name = text(n)
    if ["if", "for", "while", "switch", "catch", "with", "function"].contains(name) { return nil }
    return Function(name: name, params: params(after: n + 1, limit: head.upperBound))
  }

  /// Whether the head is only a declaration (nothing to analyse as a statement).
  func isArrowOrHeadOnly(_ head: Range<Int>) -> Bool {
    assignmentOperator(in: head) == nil
  }

  func lastWord(before k: Int, from lower: Int) -> String? {
    var p = k - 1
    while p >= lower {
      if tokens[p].kind == .word { return text(p) }
      p -= 1
    }
    return nil
  }

  mutating func flushJS(_ r: Range<Int>, scope: Int) {
    var lo = r.lowerBound
    while lo < r.upperBound && !significant(lo) { lo += 1 }
    guard lo < r.upperBound else { return }
    let range = lo..<r.upperBound
    var target = lo..<lo
    var value = range
    var isReturn = false
    if isWord(lo, "return") || isWord(lo, "yield") {
      isReturn = true
      value = (lo + 1)..<range.upperBound
    } else if isWord(lo, "for"), let of = range.first(where: { isWord($0, "of") || isWord($0, "in") }) {
      target = (lo + 1)..<of
      value = (of + 1)..<range.upperBound
    } else if let eq = assignmentOperator(in: range) {
      target = lo..<eq
      value = (eq + 1)..<range.upperBound
    }
    append(Statement(tokens: range, scope: scope, target: target, value: value, isReturn: isReturn))
  }
}
