public import SkillScanCore

/// A function or method call found in Python or JavaScript tokens.
///
/// Rules match on ``callee``, the dotted name with simple import aliases resolved
/// (`from requests import post as p; p(u)` → `requests.post`, `const cp =
/// require('child_process'); cp.exec(c)` → `child_process.exec`), and inspect arguments by
/// token ranges, so nested calls such as `exec(base64.b64decode(s))` appear both as their own
/// call and inside the outer call's argument.
public struct CodeCall: Sendable, Hashable {
  /// One argument between the call's parentheses.
  public struct Argument: Sendable, Hashable {
    /// Indices into the token array the call was built from.
    public var tokens: Range<Int>
    /// Bytes of the argument.
    public var range: Range<Int>
    /// The keyword of a Python keyword argument (`data=x` → `data`).
    public var keyword: String?

    public init(tokens: Range<Int>, range: Range<Int>, keyword: String? = nil) {
      self.tokens = tokens
      self.range = range
      self.keyword = keyword
    }
  }

  /// The resolved dotted name: `requests.post`, `child_process.exec`, `eval`. A chain on a
  /// call result keeps a leading `()`: `urlopen(u).read` → `().read` unless the result is a
  /// module (`__import__('os').system` → `os.system`, `require('fs').readFileSync`).
  public var callee: String
  /// The callee as written: `p`, `cp.exec`.
  public var writtenCallee: String
  /// Bytes of the callee expression.
  public var calleeRange: Range<Int>
  /// Token indices of the opening and closing parentheses. For an unclosed call the closer is
  /// where its arguments are taken to end: the next line break, at most 256 tokens on.
  public var openParen: Int
  public var closeParen: Int
  public var arguments: [Argument]
  /// Bytes from the callee through the closing parenthesis.
  public var range: Range<Int>
  /// Whether it is JavaScript `new X(…)`.
  public var isConstructor: Bool

  public init(
    callee: String, writtenCallee: String, calleeRange: Range<Int>, openParen: Int,
    closeParen: Int, arguments: [Argument], range: Range<Int>, isConstructor: Bool = false
  ) {
    self.callee = callee
    self.writtenCallee = writtenCallee
    self.calleeRange = calleeRange
    self.openParen = openParen
    self.closeParen = closeParen
    self.arguments = arguments
    self.range = range
    self.isConstructor = isConstructor
  }

  /// The last component of ``callee`` (`requests.post` → `post`).
  public var baseName: Substring {
    // Read per call by many rules: one backward byte search, no array of components.
    guard let dot = callee.utf8.lastIndex(of: UInt8(ascii: ".")) else { return Substring(callee) }
    return callee[callee.utf8.index(after: dot)...]
  }

  /// Whether ``callee`` is `name` or ends with `.name`.
  public func calleeEnds(with name: String) -> Bool {
    callee == name || callee.hasSuffix("." + name)
  }

  /// Whether `other` sits inside one of this call's arguments (e.g. `b64decode` in
  /// `exec(b64decode(s))`).
  public func contains(_ other: CodeCall) -> Bool {
    other.openParen > openParen && other.closeParen <= closeParen && other.range != range
  }

  /// The first positional argument's single string token, if the argument is just a literal.
  public func stringArgument(_ position: Int, tokens: [Token]) -> Token? {
    let positional = arguments.filter { $0.keyword == nil }
    guard position < positional.count else { return nil }
    let arg = positional[position]
    guard arg.tokens.count == 1, tokens[arg.tokens.lowerBound].kind == .string else { return nil }
    return tokens[arg.tokens.lowerBound]
  }
}

/// Matches brackets in a token array in one pass, for the call views.
enum BracketMatcher {
  /// For each token index, the index of its matching bracket, or -1.
  ///
  /// Openers are op tokens ending in `(`, `[` or `{` (so `$(` and `@{` count); closers are
  /// `)`, `]`, `}`. An unmatched closer is ignored; unmatched openers stay -1.
  static func match(_ tokens: [Token], _ bytes: [UInt8]) -> [Int] {
    var result = [Int](repeating: -1, count: tokens.count)
    var stack: [(Int, UInt8)] = []
    for (index, t) in tokens.enumerated() where t.kind == .op && !t.range.isEmpty {
      let last = bytes[t.range.upperBound - 1]
      switch last {
      case 0x28, 0x5B, 0x7B:
        stack.append((index, last == 0x28 ? 0x29 : last + 2))
      case 0x29, 0x5D, 0x7D:
        guard t.range.count == 1 else { continue }
        if let top = stack.last, top.1 == last {
          stack.removeLast()
          result[top.0] = index
          result[index] = top.0
        } else {
          // Recover from a few unclosed openers; look no deeper, to stay linear.
          var k = stack.count - 1
          while k >= 0 && k >= stack.count - 4 && stack[k].1 != last { k -= 1 }
          if k >= 0 && k >= stack.count - 4 {
            result[stack[k].0] = index
            result[index] = stack[k].0
            stack.removeSubrange(k...)
          }
        }
      default:
        continue
      }
    }
    return result
  }
}
