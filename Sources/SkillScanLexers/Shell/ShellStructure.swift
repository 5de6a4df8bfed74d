public import SkillScanCore

/// Builds commands and pipelines from shell tokens, for rules that reason about data flow.
///
/// Splits at newlines, `;`, `&&`, `||`, `&`, `(`, `)` and reserved words; pipelines at `|`
/// and `|&`. Compound commands are flattened: the commands inside `if`, `while`, `{ … }` or
/// `( … )` are ordinary pipelines. Substitutions yield their own pipelines (see
/// ``ShellPipeline``). Runs in time linear in the tokens times the nesting depth.
public enum ShellStructure {
  /// Pipelines of `tokens` (as produced by ``ShellLexer``), parents before children.
  ///
  /// - Parameters:
  ///   - tokens: Tokens of one region or file.
  ///   - bytes: The host file's bytes.
  /// - Returns: Every pipeline, top-level and nested, in source order.
  public static func pipelines(tokens: [Token], bytes: [UInt8]) -> [ShellPipeline] {
    var builder = ShellStructureBuilder(tokens: tokens, bytes: bytes)
    builder.parseList(tokens.startIndex..<tokens.endIndex, substitution: nil, parent: nil, depth: 0)
    var out = builder.out
    builder.out = []
    resolveHeads(&out, bytes)
    return out
  }

  /// Resolves every command's effective head (see ``ShellCommand/resolveHead(in:)``): once
  /// here instead of once per rule that asks for a command's name.
  static func resolveHeads(_ pipelines: inout [ShellPipeline], _ bytes: [UInt8]) {
    for p in pipelines.indices {
      for c in pipelines[p].commands.indices { pipelines[p].commands[c].resolveHead(in: bytes) }
    }
  }

  /// Lexes `bytes[range]` as shell and returns its pipelines.
  public static func pipelines(in bytes: [UInt8], range: Range<Int>? = nil) -> [ShellPipeline] {
    pipelines(tokens: ShellLexer.tokenize(bytes, in: range), bytes: bytes)
  }

  /// Every simple command, nested ones included, in source order.
  public static func commands(tokens: [Token], bytes: [UInt8]) -> [ShellCommand] {
    pipelines(tokens: tokens, bytes: bytes).flatMap(\.commands).sorted {
      $0.range.lowerBound < $1.range.lowerBound
    }
  }
}

/// Word classes the parser treats specially at a command's start.
enum ShellReserved {
  case skip, close, loopHeader, caseHeader, function, none

  static func classify(_ range: Range<Int>, _ bytes: [UInt8]) -> ShellReserved {
    let n = range.count
    guard n >= 1, n <= 8 else { return .none }
    let s = range.lowerBound
    let c = bytes[s]
    if n == 1 { return c == 0x7B || c == 0x21 ? .skip : (c == 0x7D ? .close : .none) }
    switch c {
    case 0x69:  // if in
      return ByteText.equals(range, "if", in: bytes) ? .skip : .none
    case 0x74: return ByteText.equals(range, "then", in: bytes) ? .skip : .none
    case 0x65:
      if ByteText.equals(range, "else", in: bytes) || ByteText.equals(range, "elif", in: bytes) { return .skip }
      return ByteText.equals(range, "esac", in: bytes) ? .close : .none
    case 0x64:
      if ByteText.equals(range, "do", in: bytes) { return .skip }
      return ByteText.equals(range, "done", in: bytes) ? .close : .none
    case 0x77: return ByteText.equals(range, "while", in: bytes) ? .skip : .none
    case 0x75: return ByteText.equals(range, "until", in: bytes) ? .skip : .none
    case 0x66:
      if ByteText.equals(range, "fi", in: bytes) { return .close }
      if ByteText.equals(range, "for", in: bytes) { return .loopHeader }
      return ByteText.equals(range, "function", in: bytes) ? .function : .none
    case 0x73: return ByteText.equals(range, "select", in: bytes) ? .loopHeader : .none
    case 0x63: return ByteText.equals(range, "case", in: bytes) ? .caseHeader : .none
    default: return .none
    }
  }
}
