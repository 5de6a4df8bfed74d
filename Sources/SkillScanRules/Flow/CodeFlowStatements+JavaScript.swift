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
      return !isByte(p, 0x29) && !isOp(p, "=>") && !isByte(p, 0x7D) && !isByte(p, 0x3B)
    }
    return isWord(p, "return") || isWord(p, "yield") || isWord(p, "await")
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
