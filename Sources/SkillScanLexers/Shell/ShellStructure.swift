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
  ///
  /// A command named by a variable that an earlier plain assignment set (`G=wget` …
  /// `$G -q "$URL" -O f`) takes the assigned name: a downloader or shell hidden behind a
  /// variable runs all the same. Only a literal word is followed (no expansion, no
  /// arithmetic), and only in source order.
  static func resolveHeads(_ pipelines: inout [ShellPipeline], _ bytes: [UInt8]) {
    var known: [String: String] = [:]
    for p in pipelines.indices {
      for c in pipelines[p].commands.indices {
        pipelines[p].commands[c].resolveHead(in: bytes)
        let command = pipelines[p].commands[c]
        if command.words.isEmpty {
          for assignment in command.assignments {
            guard let (name, value) = plainAssignment(assignment, bytes) else { continue }
            known[name] = value
          }
        } else if let head = command.head, head.name.first == "$", !known.isEmpty,
          let value = known[variableName(head.name)]
        {
          let name = value.split(separator: "/").last.map(String.init) ?? value
          // A wrapper (`SUDO=sudo` … `$SUDO apt-get`) would need its operand peeled as well;
          // it is left as written, as before.
          guard ShellCommand.wrappers[name] == nil else { continue }
          pipelines[p].commands[c].head = EffectiveHead(start: head.start, name: name)
        }
      }
    }
  }

  /// `NAME=value` with a plain literal value (letters, digits, `-_./+`, quotes around it
  /// allowed), as (name, unquoted value).
  static func plainAssignment(_ token: Token, _ bytes: [UInt8]) -> (String, String)? {
    let r = token.range.clamped(to: 0..<bytes.count)
    guard r.count <= 128, let equals = bytes[r].firstIndex(of: 0x3D), equals > r.lowerBound else { return nil }
    let name = String(decoding: bytes[r.lowerBound..<equals], as: UTF8.self)
    guard name.utf8.allSatisfy({ ByteClass.isIdent($0) }) else { return nil }
    var value = Array(bytes[(equals + 1)..<r.upperBound])
    if value.count >= 2, let q = value.first, q == 0x22 || q == 0x27, value.last == q { value = Array(value.dropFirst().dropLast()) }
    guard !value.isEmpty, value.allSatisfy({ ByteClass.isIdent($0) || $0 == 0x2D || $0 == 0x2E || $0 == 0x2F || $0 == 0x2B }) else { return nil }
    return (name, String(decoding: value, as: UTF8.self))
  }

  /// `$NAME` or `${NAME}` as NAME.
  static func variableName(_ word: String) -> String {
    var name = Substring(word.dropFirst())
    if name.hasPrefix("{") && name.hasSuffix("}") { name = name.dropFirst().dropLast() }
    return String(name)
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
