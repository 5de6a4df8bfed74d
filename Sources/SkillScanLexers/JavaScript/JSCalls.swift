public import SkillScanCore

/// Calls in JavaScript/TypeScript tokens, with module aliases resolved (see ``CodeCall``).
///
/// Resolves `const x = require('m')`, `const { a, b: c } = require('m')`, `import x from 'm'`,
/// `import * as x from 'm'`, `import { a as c } from 'm'` and `x = a.b` rebinding; `node:`
/// prefixes are dropped, so `cp.exec` reports `child_process.exec`. `require('m').f(…)`
/// reports `m.f`; `new X(…)` is a call with ``CodeCall/isConstructor`` set.
public enum JSCalls {
  /// Every call in `tokens`, in source order of its `(`.
  ///
  /// - Parameters:
  ///   - tokens: Tokens from ``JavaScriptLexer``.
  ///   - bytes: The host file's bytes.
  public static func calls(tokens: [Token], bytes: [UInt8]) -> [CodeCall] {
    guard CallScanner.hasOpenParen(tokens, bytes) else { return [] }
    var scanner = CallScanner(
      tokens: tokens, bytes: bytes, declarationKeywords: declarationKeywords, moduleLoaders: moduleLoaders)
    scanner.aliases = aliases(tokens: tokens, bytes: bytes)
    scanner.bindLookedUpCallables()
    scanner.droppedCalleePrefix = "node:"
    scanner.typeArguments = true
    return scanner.calls()
  }

  private static let declarationKeywords: Set<String> = ["function", "class"]
  private static let moduleLoaders: Set<String> = ["require"]

  /// Local names bound to modules or module members.
  public static func aliases(tokens: [Token], bytes: [UInt8]) -> [String: String] {
    var map: [String: String] = [:]
    let n = tokens.count
    func text(_ i: Int) -> String { ByteText.string(tokens[i].range, in: bytes) }
    func isOp(_ i: Int, _ lit: StaticString) -> Bool {
      i >= 0 && i < n && tokens[i].kind == .op && ByteText.equals(tokens[i].range, lit, in: bytes)
    }
    func isWord(_ i: Int, _ lit: StaticString) -> Bool {
      i >= 0 && i < n && tokens[i].kind == .word && ByteText.equals(tokens[i].range, lit, in: bytes)
    }
    func module(_ i: Int) -> String {
      var m = StringLiteral.rawContent(tokens[i], bytes)
      if m.hasPrefix("node:") { m.removeFirst(5) }
      return m
    }
    /// The module a `require('m')` at `i` loads.
    func required(_ i: Int) -> String? {
      guard isWord(i, "require"), isOp(i + 1, "("), i + 2 < n, tokens[i + 2].kind == .string, isOp(i + 3, ")") else { return nil }
      return module(i + 2)
    }
    /// Binds names in `{ a, b: c }` between `open` and `close` to members of `m`.
    func destructure(_ open: Int, _ close: Int, _ m: String) {
      var k = open + 1
      while k < close {
        if tokens[k].kind == .word {
          let member = text(k)
          if (isOp(k + 1, ":") || isWord(k + 1, "as")), k + 2 < close, tokens[k + 2].kind == .word {
            map[text(k + 2)] = m + "." + member
            k += 3
            continue
          }
          map[member] = m + "." + member
        }
        k += 1
      }
    }
    var k = 0
    while k < n {
      // const x = require('m') / x = require('m') / x = a.b
      if tokens[k].kind == .word, isOp(k + 1, "=") {
        if let m = required(k + 2) {
          map[text(k)] = m
        } else if k + 2 < n, tokens[k + 2].kind == .word, isOp(k + 3, "."), k + 4 < n, tokens[k + 4].kind == .word,
          !isOp(k + 5, "."), !isOp(k + 5, "(")
        {
          let head = text(k + 2)
          let path = head + "." + text(k + 4)
          map[text(k)] = map[head].map { $0 + "." + text(k + 4) } ?? path
        }
      }
      // const { a, b: c } = require('m')
      if isOp(k, "{") {
        var close = k + 1
        while close < n && close - k < 64 && !isOp(close, "}") { close += 1 }
        if isOp(close + 1, "="), let m = required(close + 2) { destructure(k, close, m) }
      }
      // import … from 'm'
      if isWord(k, "import") {
        var j = k + 1
        var end = j
        while end < n && end - k < 64 && !isWord(end, "from") && tokens[end].kind != .string { end += 1 }
        if isWord(end, "from"), end + 1 < n, tokens[end + 1].kind == .string {
          let m = module(end + 1)
          while j < end {
            if isOp(j, "*"), isWord(j + 1, "as"), j + 2 < end {
              map[text(j + 2)] = m
              j += 3
            } else if isOp(j, "{") {
              var close = j + 1
              while close < end && !isOp(close, "}") { close += 1 }
              destructure(j, close, m)
              j = close + 1
            } else if tokens[j].kind == .word, !isWord(j, "type") {
              map[text(j)] = m
              j += 1
            } else {
              j += 1
            }
          }
        }
      }
      k += 1
    }
    return map
  }
}
