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
  static func taintedNames(tokens: [Token], bytes: [UInt8], seeds: [Range<Int>]) -> Set<String> {
    guard !seeds.isEmpty else { return [] }
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
    var tainted = Set<String>()
    var k = 0
    let n = tokens.count
    func isOp(_ i: Int, _ s: StaticString) -> Bool {
      i < n && tokens[i].kind == .op && ByteText.equals(tokens[i].range, s, in: bytes)
    }
    func isDeclarator(_ i: Int) -> Bool {
      i < n && tokens[i].kind == .word
        && (ByteText.equals(tokens[i].range, "const", in: bytes) || ByteText.equals(tokens[i].range, "let", in: bytes)
          || ByteText.equals(tokens[i].range, "var", in: bytes))
    }
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
        if !derived {
          if inSeed(u.range) {
            derived = true
          } else if u.kind == .word, !tainted.isEmpty, tainted.contains(ByteText.string(u.range, in: bytes)) {
            derived = true
          }
        }
        j += 1
      }
      if derived { tainted.insert(name) }
      k = j
    }
    return tainted
  }

  /// Whether any word in `range` of `tokens` is a tainted name.
  static func mentions(_ names: Set<String>, in arguments: CodeCall.Arguments, tokens: [Token], bytes: [UInt8]) -> String? {
    guard !names.isEmpty else { return nil }
    for arg in arguments {
      for i in arg.tokens where i < tokens.count && tokens[i].kind == .word {
        let word = ByteText.string(tokens[i].range, in: bytes)
        if names.contains(word) { return word }
      }
    }
    return nil
  }
}
