import SkillScanCore
import SkillScanLexers

/// Python and JavaScript tokens cut into statements with their enclosing function, for the
/// flow analysis. Heuristic by design: the scanner wants the likely reading of hostile code,
/// not a compiler's, and every loop is bounded by the token count.
struct CodeFlowStatements: Sendable {
  /// One logical statement.
  struct Statement: Sendable {
    /// Token indices.
    var tokens: Range<Int>
    /// Index into ``functions`` of the innermost enclosing function, or -1 at module level.
    var scope: Int
    /// Token indices of the assignment target (empty when the statement assigns nothing).
    var target: Range<Int>
    /// Token indices of the value (the whole statement when it assigns nothing).
    var value: Range<Int>
    /// Whether it is a `return` (or an arrow body) of its function.
    var isReturn: Bool
  }

  /// A function definition: name and parameter names, in order.
  struct Function: Sendable {
    var name: String
    var params: [String]
  }

  /// A function literal passed to a call (`fs.readFile(p, (err, data) => { … })`): its
  /// parameters receive what the call produced, and its body runs in `scope`.
  struct Callback: Sendable {
    var params: [String]
    var scope: Int
    /// Token indices of the call up to the parameters (callee and earlier arguments).
    var head: Range<Int>
  }

  var statements: [Statement] = []
  var functions: [Function] = []
  var callbacks: [Callback] = []
  /// For each token index, the scope of the statement holding it.
  var scopeOfToken: [Int32]

  let tokens: [Token]
  let bytes: [UInt8]

  init(tokens: [Token], bytes: [UInt8], language: Language) {
    self.tokens = tokens
    self.bytes = bytes
    self.scopeOfToken = [Int32](repeating: -1, count: tokens.count)
    if language == .python { splitPython() } else { splitJavaScript() }
  }

  func text(_ k: Int) -> String { ByteText.string(tokens[k].range, in: bytes) }
  func isOp(_ k: Int, _ lit: StaticString) -> Bool {
    k >= 0 && k < tokens.count && tokens[k].kind == .op && ByteText.equals(tokens[k].range, lit, in: bytes)
  }
  func isWord(_ k: Int, _ lit: StaticString) -> Bool {
    k >= 0 && k < tokens.count && tokens[k].kind == .word && ByteText.equals(tokens[k].range, lit, in: bytes)
  }
  func significant(_ k: Int) -> Bool { tokens[k].kind != .comment && tokens[k].kind != .newline }

  // Bracket tests on an operator token's bytes. The splitters ask them of every operator of
  // a script; building a String per operator to compare it was most of their cost on large
  // bundles.

  /// Whether operator token `k` opens a bracket: it ends in `(`, `[` or `{` (`${` too).
  func opensBracket(_ k: Int) -> Bool {
    let r = tokens[k].range
    guard !r.isEmpty else { return false }
    let last = bytes[r.upperBound - 1]
    return last == 0x28 || last == 0x5B || last == 0x7B
  }

  /// Whether operator token `k` is exactly `)`, `]` or `}`.
  func closesBracket(_ k: Int) -> Bool {
    let r = tokens[k].range
    guard r.count == 1 else { return false }
    let b = bytes[r.lowerBound]
    return b == 0x29 || b == 0x5D || b == 0x7D
  }

  /// Whether token `k` is the one byte `byte`.
  func isByte(_ k: Int, _ byte: UInt8) -> Bool {
    let r = tokens[k].range
    return r.count == 1 && bytes[r.lowerBound] == byte
  }

  // MARK: Python

  private mutating func splitPython() {
    var stack: [(indent: Int, function: Int)] = []
    var start = 0
    var k = 0
    while k <= tokens.count {
      if k == tokens.count || tokens[k].kind == .newline || isOp(k, ";") {
        var lo = start
        while lo < k && !significant(lo) { lo += 1 }
        if lo < k {
          let indent = indentation(of: tokens[lo].range.lowerBound)
          while let top = stack.last, top.indent >= indent { stack.removeLast() }
          let scope = stack.last?.function ?? -1
          if isWord(lo, "def") || (isWord(lo, "async") && isWord(lo + 1, "def")) {
            let nameIndex = isWord(lo, "def") ? lo + 1 : lo + 2
            if nameIndex < k, tokens[nameIndex].kind == .word {
              functions.append(Function(name: text(nameIndex), params: params(after: nameIndex + 1, limit: k)))
              stack.append((indent, functions.count - 1))
            }
          } else {
            addPython(lo..<k, scope: scope)
          }
        }
        start = k + 1
      }
      k += 1
    }
  }

  private mutating func addPython(_ r: Range<Int>, scope: Int) {
    var target = r.lowerBound..<r.lowerBound
    var value = r
    var isReturn = false
    if isWord(r.lowerBound, "return") || isWord(r.lowerBound, "yield") {
      isReturn = true
      value = (r.lowerBound + 1)..<r.upperBound
    } else if isWord(r.lowerBound, "for") || isWord(r.lowerBound, "async") {
      if let inIndex = r.first(where: { isWord($0, "in") }) {
        target = (r.lowerBound + 1)..<inIndex
        value = (inIndex + 1)..<r.upperBound
      }
    } else if isWord(r.lowerBound, "with") {
      if let asIndex = r.last(where: { isWord($0, "as") }) {
        target = (asIndex + 1)..<r.upperBound
        value = (r.lowerBound + 1)..<asIndex
      }
    } else if let eq = assignmentOperator(in: r) {
      target = r.lowerBound..<eq
      value = (eq + 1)..<r.upperBound
    }
    append(Statement(tokens: r, scope: scope, target: target, value: value, isReturn: isReturn))
  }

  /// The first top-level `=`, `+=`, `|=` … of a statement (not `==`, not inside brackets).
  func assignmentOperator(in r: Range<Int>) -> Int? {
    var depth = 0
    for k in r where tokens[k].kind == .op {
      if opensBracket(k) { depth += 1 }
      if closesBracket(k) { depth -= 1 }
      guard depth == 0 else { continue }
      let t = tokens[k].range
      if isByte(k, 0x3D) || ByteText.equals(t, "+=", in: bytes) || ByteText.equals(t, "|=", in: bytes)
        || ByteText.equals(t, ":=", in: bytes) || ByteText.equals(t, "??=", in: bytes)
        || ByteText.equals(t, "||=", in: bytes)
      {
        return k
      }
      if ByteText.equals(t, "=>", in: bytes) { return nil }
    }
    return nil
  }

  private func indentation(of offset: Int) -> Int {
    var i = offset
    var n = 0
    while i > 0 && bytes[i - 1] != 0x0A && n < 4096 {
      i -= 1
      n += 1
    }
    return n
  }

  /// Parameter names in `( … )` starting at token `open`, skipping defaults and annotations.
  func params(after open: Int, limit: Int) -> [String] {
    guard isOp(open, "(") else { return [] }
    var names: [String] = []
    var depth = 0
    var expectName = true
    var k = open
    while k < min(limit, open + 256) {
      let t = tokens[k]
      if t.kind == .op {
        if opensBracket(k) { depth += 1 }
        if closesBracket(k) {
          depth -= 1
          if depth == 0 { break }
        }
        if depth == 1 && isByte(k, 0x2C) { expectName = true }
        if depth == 1 && (isByte(k, 0x3D) || isByte(k, 0x3A)) { expectName = false }
      } else if t.kind == .word, depth == 1, expectName {
        names.append(text(k))
        expectName = false
      }
      k += 1
    }
    return names
  }

  mutating func append(_ s: Statement) {
    for k in s.tokens { scopeOfToken[k] = Int32(s.scope) }
    statements.append(s)
  }
}
