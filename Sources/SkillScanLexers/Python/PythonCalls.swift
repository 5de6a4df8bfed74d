public import SkillScanCore

/// Calls in Python tokens, with `import` aliases resolved (see ``CodeCall``).
///
/// Resolves `import a.b as c`, `from a import b [as c]` (also parenthesised lists) and simple
/// rebinding `name = dotted.name` at the start of a logical line, so `s = os.system; s(x)`
/// reports `os.system`. `__import__('m')` and `importlib.import_module('m')` results resolve
/// to `m`. Scoping is ignored: the scanner wants the most suspicious reading, not Python's.
public enum PythonCalls {
  /// Every call in `tokens`, in source order of its `(`.
  ///
  /// - Parameters:
  ///   - tokens: Tokens from ``PythonLexer``.
  ///   - bytes: The host file's bytes.
  public static func calls(tokens: [Token], bytes: [UInt8]) -> [CodeCall] {
    guard CallScanner.hasOpenParen(tokens, bytes) else { return [] }
    var scanner = CallScanner(
      tokens: tokens, bytes: bytes, declarationKeywords: declarationKeywords, moduleLoaders: moduleLoaders)
    scanner.aliases = aliases(tokens: tokens, bytes: bytes)
    scanner.bindLookedUpCallables()
    return scanner.calls()
  }

  private static let declarationKeywords: Set<String> = ["def", "class"]
  private static let moduleLoaders: Set<String> = ["__import__", "importlib.import_module", "import_module"]

  /// Local names bound by imports and simple rebinding, mapped to dotted paths.
  public static func aliases(tokens: [Token], bytes: [UInt8]) -> [String: String] {
    var map: [String: String] = [:]
    var k = 0
    let n = tokens.count
    func text(_ i: Int) -> String { ByteText.string(tokens[i].range, in: bytes) }
    func isWord(_ i: Int, _ lit: StaticString) -> Bool {
      i < n && tokens[i].kind == .word && ByteText.equals(tokens[i].range, lit, in: bytes)
    }
    func isOp(_ i: Int, _ lit: StaticString) -> Bool {
      i < n && tokens[i].kind == .op && ByteText.equals(tokens[i].range, lit, in: bytes)
    }
    /// A dotted name (`a.b.c`, relative `..a`) starting at `i`.
    func dotted(_ i: inout Int) -> String {
      var name = ""
      while isOp(i, ".") || isOp(i, "...") {
        name += text(i)
        i += 1
      }
      var expectWord = true
      while i < n {
        if expectWord, tokens[i].kind == .word, !isWord(i, "import"), !isWord(i, "as") {
          name += text(i)
          expectWord = false
        } else if !expectWord, isOp(i, ".") {
          name += "."
          expectWord = true
        } else {
          break
        }
        i += 1
      }
      return name
    }
    var lineStart = true
    while k < n {
      let t = tokens[k]
      if t.kind == .newline || isOp(k, ";") {
        lineStart = true
        k += 1
        continue
      }
      defer { lineStart = false }
      if lineStart && isWord(k, "import") {
        k += 1
        while k < n && tokens[k].kind != .newline && !isOp(k, ";") {
          if isOp(k, ",") { k += 1; continue }
          let module = dotted(&k)
          if isWord(k, "as"), k + 1 < n, tokens[k + 1].kind == .word {
            map[text(k + 1)] = module
            k += 2
          } else if module.isEmpty {
            k += 1
          }
          // `import a.b` binds `a`, which already resolves to itself.
        }
        continue
      }
      if lineStart && isWord(k, "from") {
        k += 1
        let module = dotted(&k)
        guard isWord(k, "import") else { continue }
        k += 1
        while k < n && tokens[k].kind != .newline && !isOp(k, ";") {
          if tokens[k].kind == .word && !isWord(k, "as") {
            let name = text(k)
            let path = module.hasSuffix(".") ? module + name : module + "." + name
            if isWord(k + 1, "as"), k + 2 < n, tokens[k + 2].kind == .word {
              map[text(k + 2)] = path
              k += 3
              continue
            }
            if name != "*" { map[name] = path }
          }
          k += 1
        }
        continue
      }
      if lineStart, t.kind == .word, isOp(k + 1, "="), k + 2 < n, tokens[k + 2].kind == .word {
        var j = k + 2
        let rhs = dotted(&j)
        if j >= n || tokens[j].kind == .newline || isOp(j, ";"), rhs.contains(".") || map[rhs] != nil {
          let head = String(rhs.prefix { $0 != "." })
          map[text(k)] = map[head].map { $0 + rhs.dropFirst(head.count) } ?? rhs
        }
        k = j
        continue
      }
      k += 1
    }
    return map
  }
}
