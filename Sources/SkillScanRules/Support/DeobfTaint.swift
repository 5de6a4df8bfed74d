import SkillScanCore
import SkillScanLexers

/// Names that carry a value derived from a source call (a decoder, a download) through simple
/// assignments, in one forward pass over Python or JavaScript tokens.
///
/// `r = requests.get(u)`, `code = r.text`, `exec(code)`: `r` and `code` are tainted. Scoping
/// and control flow are ignored — the scanner wants the most suspicious reading — and the
/// pass is linear in the tokens.
enum DeobfTaint {
  /// Names assigned (directly or transitively) from an expression overlapping `seeds`.
  /// `initial` names hold the source's value from the start (a callback's parameters).
  static func taintedNames(tokens: [Token], bytes: [UInt8], seeds: [Range<Int>], initial: Set<String> = []) -> Set<String> {
    guard !seeds.isEmpty || !initial.isEmpty else { return [] }
    // Seeds sorted and merged once, then read with a cursor that only moves forward because
    // the pass visits tokens in text order: testing every seed at every token was quadratic
    // in a script with a source call in each of its many functions.
    var merged: [Range<Int>] = []
    for seed in seeds.filter({ !$0.isEmpty }).sorted(by: { $0.lowerBound < $1.lowerBound }) {
      if let last = merged.last, seed.lowerBound <= last.upperBound {
        merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, seed.upperBound)
      } else {
        merged.append(seed)
      }
    }
    var cursor = 0
    func inSeed(_ range: Range<Int>) -> Bool {
      guard !range.isEmpty else { return false }
      while cursor < merged.count && merged[cursor].upperBound <= range.lowerBound { cursor += 1 }
      return cursor < merged.count && merged[cursor].lowerBound < range.upperBound
    }
    var tainted = initial
    let n = tokens.count
    func isOp(_ i: Int, _ s: StaticString) -> Bool {
      i < n && tokens[i].kind == .op && ByteText.equals(tokens[i].range, s, in: bytes)
    }
    func isDeclarator(_ i: Int) -> Bool {
      i < n && tokens[i].kind == .word
        && (ByteText.equals(tokens[i].range, "const", in: bytes) || ByteText.equals(tokens[i].range, "let", in: bytes)
          || ByteText.equals(tokens[i].range, "var", in: bytes))
    }
    /// Whether a token is a seed or a tainted name: what makes the value it is in derived.
    func carries(_ u: Token) -> Bool {
      inSeed(u.range) || (u.kind == .word && !tainted.isEmpty && tainted.contains(ByteText.string(u.range, in: bytes)))
    }
    /// One forward pass over the assignments.
    func assignments() {
    cursor = 0
    var k = 0
    var atStart = true
    while k < n {
      let t = tokens[k]
      if t.kind == .newline || isOp(k, ";") || isOp(k, "{") || isOp(k, "}") {
        atStart = true
        k += 1
        continue
      }
      guard atStart else {
        k += 1
        continue
      }
      atStart = false
      // `for step in latest.get("post_update", []):` / `for (const s of steps)`: the loop
      // names take what the iterated value holds.
      if tokens[k].kind == .word, ByteText.equals(tokens[k].range, "for", in: bytes) {
        var j = k + 1
        if isOp(j, "(") { j += 1 }
        if isDeclarator(j) { j += 1 }
        var names: [String] = []
        while j < n, j < k + 16, tokens[j].kind == .word || isOp(j, ",") || isOp(j, "(") || isOp(j, ")") || isOp(j, "[") || isOp(j, "]") {
          if tokens[j].kind == .word {
            if ByteText.equals(tokens[j].range, "in", in: bytes) || ByteText.equals(tokens[j].range, "of", in: bytes) { break }
            names.append(ByteText.string(tokens[j].range, in: bytes))
          }
          j += 1
        }
        guard j < n, tokens[j].kind == .word,
          ByteText.equals(tokens[j].range, "in", in: bytes) || ByteText.equals(tokens[j].range, "of", in: bytes)
        else {
          k += 1
          continue
        }
        j += 1
        var derived = false
        var depth = 0
        while j < n {
          let u = tokens[j]
          if depth == 0 && (u.kind == .newline || isOp(j, ":") || isOp(j, ";") || isOp(j, "{")) { break }
          if u.kind == .op, u.range.count == 1, let b = u.range.last.map({ bytes[$0] }) {
            if b == 0x28 || b == 0x5B { depth += 1 }
            if b == 0x29 || b == 0x5D {
              if depth == 0 { break }
              depth -= 1
            }
          }
          if !derived { derived = carries(u) }
          j += 1
        }
        if derived { tainted.formUnion(names) }
        k = j
        continue
      }
      // `with urlopen(url) as resp:`: each `expr as name` item binds what the expression
      // opened, so `resp.read()` reads the download.
      if tokens[k].kind == .word, ByteText.equals(tokens[k].range, "with", in: bytes)
        || (ByteText.equals(tokens[k].range, "async", in: bytes) && k + 1 < n && ByteText.equals(tokens[k + 1].range, "with", in: bytes))
      {
        var j = k + 1
        var depth = 0
        var derived = false
        while j < n {
          let u = tokens[j]
          if depth == 0 && (u.kind == .newline || isOp(j, ":")) { break }
          if u.kind == .op, u.range.count == 1, let b = u.range.last.map({ bytes[$0] }) {
            if b == 0x28 || b == 0x5B { depth += 1 }
            if b == 0x29 || b == 0x5D { depth = max(0, depth - 1) }
            if b == 0x2C && depth == 0 { derived = false }
          }
          if u.kind == .word, depth == 0, ByteText.equals(u.range, "as", in: bytes), j + 1 < n, tokens[j + 1].kind == .word {
            if derived { tainted.insert(ByteText.string(tokens[j + 1].range, in: bytes)) }
            j += 2
            continue
          }
          if !derived { derived = carries(u) }
          j += 1
        }
        k = j
        continue
      }
      var lhs = k
      if isDeclarator(lhs) { lhs += 1 }
      guard lhs < n, tokens[lhs].kind == .word, isOp(lhs + 1, "=") else {
        k += 1
        continue
      }
      let name = ByteText.string(tokens[lhs].range, in: bytes)
      var j = lhs + 2
      var depth = 0
      var derived = false
      while j < n {
        let u = tokens[j]
        if depth == 0 && (u.kind == .newline || isOp(j, ";")) { break }
        if u.kind == .op, let last = u.range.last.map({ bytes[$0] }) {
          if last == 0x28 || last == 0x5B || last == 0x7B { depth += 1 }
          if (last == 0x29 || last == 0x5D || last == 0x7D) && u.range.count == 1 { depth = max(0, depth - 1) }
        }
        if !derived { derived = carries(u) }
        j += 1
      }
      if derived { tainted.insert(name) }
      k = j
    }
    }
    // A promise passes a download on to its callbacks, and an assignment inside a callback
    // reads the callback's parameter: `fetch(u).then(r => r.text()).then(body => eval(body))`.
    // Parameters of chains off the download itself are tainted before the one forward pass
    // over assignments, and chains off a tainted name after it. A second assignment pass
    // would carry names backwards through the text, which on the registry snapshot tainted
    // unrelated reuses of common names (`target`, `config`).
    // Read backwards, so seeds are found by binary search rather than the forward cursor.
    let seeded: (Range<Int>) -> Bool = { range in
      guard !range.isEmpty else { return false }
      var lo = 0
      var hi = merged.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if merged[mid].upperBound <= range.lowerBound { lo = mid + 1 } else { hi = mid }
      }
      return lo < merged.count && merged[lo].lowerBound < range.upperBound
    }
    promiseParameters(tokens: tokens, bytes: bytes, derived: seeded, into: &tainted)
    assignments()
    promiseParameters(tokens: tokens, bytes: bytes, derived: seeded, into: &tainted)
    functionParameters(tokens: tokens, bytes: bytes, derived: seeded, into: &tainted)
    return tainted
  }

  /// Taints the parameters of callbacks given to `.then(` whose receiver chain holds a seed
  /// (`derived`) or a tainted name.
  ///
  /// The receiver is read back from the method over balanced brackets, at most 512 tokens
  /// and not past a statement boundary, so the pass stays linear.
  static func promiseParameters(
    tokens: [Token], bytes: [UInt8], derived: (Range<Int>) -> Bool, into tainted: inout Set<String>
  ) {
    let n = tokens.count
    func isOp(_ i: Int, _ s: StaticString) -> Bool {
      i >= 0 && i < n && tokens[i].kind == .op && ByteText.equals(tokens[i].range, s, in: bytes)
    }
    func word(_ i: Int) -> String? {
      i >= 0 && i < n && tokens[i].kind == .word ? ByteText.string(tokens[i].range, in: bytes) : nil
    }
    // The previous `.then` and whether its receiver was fed: a chain's receiver is read back
    // only to the previous link, so a chain of any length is read once.
    var previous = (index: -1, fed: false)
    for i in 1..<max(1, n - 1) where tokens[i].kind == .word && isOp(i - 1, ".") && isOp(i + 1, "(") {
      guard ByteText.equals(tokens[i].range, "then", in: bytes) else { continue }
      // The callback's parameters: `x =>`, `(x, y) =>`, `async x =>`, `function (x)`.
      var params: [String] = []
      var j = i + 2
      if word(j) == "async" { j += 1 }
      if word(j) == "function" {
        j += 1
        if tokens.indices.contains(j), tokens[j].kind == .word, !isOp(j, "(") { j += 1 }
      }
      if isOp(j, "(") {
        var q = j + 1
        while q < min(n, j + 32), !isOp(q, ")") {
          if let w = word(q), isOp(q - 1, "(") || isOp(q - 1, ",") { params.append(w) }
          q += 1
        }
        guard isOp(q, ")"), isOp(q + 1, "=>") || word(j - 1) == "function" || word(j - 2) == "function" else { continue }
      } else if let w = word(j), isOp(j + 1, "=>") {
        params = [w]
      }
      // The receiver: back from the `.` over balanced brackets to the statement's start.
      var depth = 0
      var k = i - 2
      var fed = false
      var steps = 0
      while k >= 0, steps < 512, !fed {
        if k == previous.index, depth == 0 {
          fed = previous.fed
          break
        }
        let t = tokens[k]
        if t.kind == .op, let last = t.range.last.map({ bytes[$0] }), t.range.count == 1 {
          if last == 0x29 || last == 0x5D || last == 0x7D { depth += 1 }
          if last == 0x28 || last == 0x5B || last == 0x7B {
            if depth == 0 { break }
            depth -= 1
          }
          if depth == 0 && (last == 0x3B || last == 0x3D) { break }
        }
        if depth == 0, t.kind == .newline, !(isOp(k + 1, ".") || (k + 1 < n && tokens[k + 1].kind == .newline)) {
          // A line break ends the chain unless the next line continues it with `.`.
          var next = k + 1
          while next < n && tokens[next].kind == .newline { next += 1 }
          if !isOp(next, ".") { break }
        }
        if derived(t.range) || (t.kind == .word && tainted.contains(ByteText.string(t.range, in: bytes))) { fed = true }
        k -= 1
        steps += 1
      }
      previous = (i, fed)
      if fed { tainted.formUnion(params) }
    }
  }


  /// Taints the parameters of functions defined in the same code when a call passes them a
  /// download or a tainted name: `load(body)` with `function load(src) { vm.runInNewContext(src) }`
  /// or `def run(code): exec(code)`. One pass over definitions and one over calls; each call's
  /// arguments are read for at most ``maxArgumentTokens`` tokens, so nesting stays linear.
  static func functionParameters(
    tokens: [Token], bytes: [UInt8], derived: (Range<Int>) -> Bool, into tainted: inout Set<String>
  ) {
    let n = tokens.count
    func word(_ i: Int) -> String? {
      i >= 0 && i < n && tokens[i].kind == .word ? ByteText.string(tokens[i].range, in: bytes) : nil
    }
    func isOp(_ i: Int, _ s: StaticString) -> Bool {
      i >= 0 && i < n && tokens[i].kind == .op && ByteText.equals(tokens[i].range, s, in: bytes)
    }
    /// Parameter names of the list opening at `open` (`(a, b=1, *c)`), at most 16.
    func parameters(_ open: Int) -> [String] {
      var params: [String] = []
      var q = open + 1
      var expectName = true
      while q < min(n, open + 64), !isOp(q, ")") {
        if let w = word(q), expectName {
          params.append(w)
          expectName = false
        } else if isOp(q, ",") {
          expectName = true
        }
        q += 1
      }
      return Array(params.prefix(16))
    }
    var definitions: [String: [String]] = [:]
    for i in 0..<n where tokens[i].kind == .word {
      guard let keyword = word(i), keyword == "def" || keyword == "function", let name = word(i + 1), isOp(i + 2, "(") else { continue }
      definitions[name] = parameters(i + 2)
    }
    guard !definitions.isEmpty else { return }
    for i in 1..<max(1, n - 1) where tokens[i].kind == .word && isOp(i + 1, "(") {
      guard let name = word(i), let params = definitions[name], !params.isEmpty,
        word(i - 1) != "def", word(i - 1) != "function", !isOp(i - 1, ".")
      else { continue }
      var position = 0
      var depth = 0
      var k = i + 2
      var fed = false
      while k < min(n, i + 2 + maxArgumentTokens) {
        let t = tokens[k]
        if t.kind == .op, t.range.count == 1, let b = t.range.last.map({ bytes[$0] }) {
          if b == 0x28 || b == 0x5B || b == 0x7B { depth += 1 }
          if b == 0x29 || b == 0x5D || b == 0x7D {
            if depth == 0 { break }
            depth -= 1
          }
          if b == 0x2C, depth == 0 {
            if fed, position < params.count { tainted.insert(params[position]) }
            fed = false
            position += 1
            k += 1
            continue
          }
        }
        if derived(t.range) || (t.kind == .word && tainted.contains(ByteText.string(t.range, in: bytes))) { fed = true }
        k += 1
      }
      if fed, position < params.count { tainted.insert(params[position]) }
    }
  }

  /// Argument tokens read per call by ``functionParameters(tokens:bytes:derived:into:)``.
  static let maxArgumentTokens = 256

  /// Whether any word in `range` of `tokens` is a tainted name.
  static func mentions(_ names: Set<String>, in arguments: CodeCall.Arguments, tokens: [Token], bytes: [UInt8]) -> String? {
    guard !names.isEmpty else { return nil }
    for arg in arguments {
      // `text=True`: the keyword names the parameter, it carries no value.
      let values = arg.keyword == nil ? arg.tokens : min(arg.tokens.upperBound, arg.tokens.lowerBound + 2)..<arg.tokens.upperBound
      for i in values where i < tokens.count && tokens[i].kind == .word {
        let word = ByteText.string(tokens[i].range, in: bytes)
        if names.contains(word) { return word }
      }
    }
    return nil
  }
}
