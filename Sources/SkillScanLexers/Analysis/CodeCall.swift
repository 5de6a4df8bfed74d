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
    // 32-bit offsets, as in ``Token``: a script of millions of calls holds one of these per
    // argument.
    private let tokenStart: Int32
    private let tokenEnd: Int32
    private let byteStart: Int32
    private let byteEnd: Int32
    /// The keyword of a Python keyword argument (`data=x` → `data`).
    public let keyword: String?

    /// Indices into the token array the call was built from.
    public var tokens: Range<Int> { Int(tokenStart)..<Int(tokenEnd) }
    /// Bytes of the argument.
    public var range: Range<Int> { Int(byteStart)..<Int(byteEnd) }

    public init(tokens: Range<Int>, range: Range<Int>, keyword: String? = nil) {
      tokenStart = Int32(tokens.lowerBound)
      tokenEnd = Int32(tokens.upperBound)
      byteStart = Int32(range.lowerBound)
      byteEnd = Int32(range.upperBound)
      self.keyword = keyword
    }
  }

  /// The arguments of one call: a window on storage shared by every call of a span.
  ///
  /// A script of millions of calls (`f(f(f(…`) gave each call an array of its own: one heap
  /// block per call, which was a third of the memory and much of the time of scanning such a
  /// file. The calls of a span now share one flat array, and each holds its window.
  /// Indices start at 0, like an array's.
  public struct Arguments: RandomAccessCollection, Sendable, Hashable {
    let store: ArgumentStore
    let offset: Int32
    public let count: Int

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }
    public subscript(position: Int) -> Argument {
      precondition(position >= 0 && position < count, "argument index out of range")
      return store.items[Int(offset) + position]
    }

    init(store: ArgumentStore, offset: Int, count: Int) {
      self.store = store
      self.offset = Int32(offset)
      self.count = count
    }

    /// Arguments with storage of their own.
    public init(_ arguments: [Argument]) {
      let store = ArgumentStore()
      store.items = arguments
      self.init(store: store, offset: 0, count: arguments.count)
    }

    public static func == (a: Arguments, b: Arguments) -> Bool { a.elementsEqual(b) }
    public func hash(into hasher: inout Hasher) {
      hasher.combine(count)
      for argument in self { hasher.combine(argument) }
    }
  }

  /// The resolved dotted name: `requests.post`, `child_process.exec`, `eval`. A chain on a
  /// call result keeps a leading `()`: `urlopen(u).read` → `().read` unless the result is a
  /// module (`__import__('os').system` → `os.system`, `require('fs').readFileSync`).
  public let callee: String
  /// The callee as written: `p`, `cp.exec`.
  public let writtenCallee: String
  public let arguments: Arguments
  private let calleeStart: Int32
  private let calleeEnd: Int32
  private let open: Int32
  private let close: Int32
  private let start: Int32
  private let end: Int32
  /// Whether it is JavaScript `new X(…)`.
  public let isConstructor: Bool

  /// Bytes of the callee expression.
  public var calleeRange: Range<Int> { Int(calleeStart)..<Int(calleeEnd) }
  /// Token indices of the opening and closing parentheses. For an unclosed call the closer is
  /// where its arguments are taken to end: the next line break, at most 256 tokens on.
  public var openParen: Int { Int(open) }
  public var closeParen: Int { Int(close) }
  /// Bytes from the callee through the closing parenthesis.
  public var range: Range<Int> { Int(start)..<Int(end) }

  public init(
    callee: String, writtenCallee: String, calleeRange: Range<Int>, openParen: Int,
    closeParen: Int, arguments: [Argument], range: Range<Int>, isConstructor: Bool = false
  ) {
    self.init(
      callee: callee, writtenCallee: writtenCallee, calleeRange: calleeRange, openParen: openParen,
      closeParen: closeParen, arguments: Arguments(arguments), range: range, isConstructor: isConstructor)
  }

  init(
    callee: String, writtenCallee: String, calleeRange: Range<Int>, openParen: Int,
    closeParen: Int, arguments: Arguments, range: Range<Int>, isConstructor: Bool
  ) {
    self.callee = callee
    self.writtenCallee = writtenCallee
    self.calleeStart = Int32(calleeRange.lowerBound)
    self.calleeEnd = Int32(calleeRange.upperBound)
    self.open = Int32(openParen)
    self.close = Int32(closeParen)
    self.arguments = arguments
    self.start = Int32(range.lowerBound)
    self.end = Int32(range.upperBound)
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

/// The flat argument array behind ``CodeCall/Arguments``.
///
/// Appended to only while one ``CallScanner`` builds its calls, before any call escapes;
/// read-only afterwards, which is what makes the unchecked conformance honest.
final class ArgumentStore: @unchecked Sendable {
  var items: [CodeCall.Argument] = []
}

/// Matches brackets in a token array in one pass, for the call views.
enum BracketMatcher {
  /// For each token index, the index of its matching bracket, or -1.
  ///
  /// Openers are op tokens ending in `(`, `[` or `{` (so `$(` and `@{` count); closers are
  /// `)`, `]`, `}`. An unmatched closer is ignored; unmatched openers stay -1.
  static func match(_ tokens: [Token], _ bytes: [UInt8]) -> [Int32] {
    var result = [Int32](filled: -1, count: tokens.count)
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
          result[top.0] = Int32(index)
          result[index] = Int32(top.0)
        } else {
          // Recover from a few unclosed openers; look no deeper, to stay linear.
          var k = stack.count - 1
          while k >= 0 && k >= stack.count - 4 && stack[k].1 != last { k -= 1 }
          if k >= 0 && k >= stack.count - 4 {
            result[stack[k].0] = Int32(index)
            result[index] = Int32(stack[k].0)
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
