public import SkillScanCore

/// Code passed to a shell as a string, which rules re-lex to see through `sh -c "…"`.
extension ShellStructure {
  /// Nesting limit rules should use when re-lexing ``nestedScript(of:in:)`` results.
  public static let maxNestedScriptDepth = 4

  /// The script a command runs from a string argument, unquoted, or nil.
  ///
  /// Covers `sh|bash|zsh|dash|ksh -c 'script'` (also clustered flags such as `-lc`, `-ec`),
  /// `eval word…` (arguments joined by spaces, as eval does) and
  /// `su [user] -c 'script'`. `source`/`.` read a file, not a string, so they return nil;
  /// their operand (a path or `<(…)`) is visible as a word and as a nested pipeline.
  /// Re-lex the result with ``pipelines(in:range:)`` at most ``maxNestedScriptDepth`` times.
  /// - Parameters:
  ///   - command: A command from ``pipelines(tokens:bytes:)``.
  ///   - bytes: The host file's bytes.
  public static func nestedScript(of command: ShellCommand, in bytes: [UInt8]) -> String? {
    let effective = command.effectiveCommand(in: bytes)
    let name = effective.name(in: bytes)
    if name == "eval" {
      let args = effective.arguments(in: bytes)
      return args.isEmpty ? nil : args.joined(separator: " ")
    }
    guard ShellInterpreter(commandName: name) == .shell || name == "su" else { return nil }
    var k = 1
    while k < effective.words.count {
      let value = ShellWord.unquotedValue(effective.words[k], bytes)
      k += 1
      guard value.hasPrefix("-"), !value.hasPrefix("--") else {
        if name == "su" || name == "busybox" { continue }
        return nil
      }
      if value.contains("c") && value.dropFirst().allSatisfy({ $0.isLetter }) {
        return k < effective.words.count ? ShellWord.unquotedValue(effective.words[k], bytes) : nil
      }
    }
    return nil
  }
}

/// Views over a flat shell token list.
public enum ShellTokens {
  /// The tokens that contain no other token: enclosing words of substitutions are dropped, so
  /// each byte is visited once (useful for URL or string extraction without duplicates).
  public static func leaves(_ tokens: [Token]) -> [Token] {
    var result: [Token] = []
    result.reserveCapacity(tokens.count)
    for (index, token) in tokens.enumerated() {
      if index + 1 < tokens.count, tokens[index + 1].range.lowerBound < token.range.upperBound,
        tokens[index + 1].range.lowerBound >= token.range.lowerBound
      {
        continue
      }
      result.append(token)
    }
    return result
  }

  /// The tokens not nested inside a substitution: each top-level word exactly once.
  public static func outermost(_ tokens: [Token]) -> [Token] {
    var result: [Token] = []
    result.reserveCapacity(tokens.count)
    var coveredUntil = Int.min
    for token in tokens where token.range.lowerBound >= coveredUntil {
      result.append(token)
      coveredUntil = token.range.upperBound
    }
    return result
  }
}
