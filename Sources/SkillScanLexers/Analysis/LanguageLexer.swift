public import SkillScanCore

/// Picks the lexer for a language, so rules and the analyzer lex any region the same way.
public enum LanguageLexer {
  /// Tokens of `bytes[range]` in `language`; empty for languages without a lexer (JSON,
  /// YAML, TOML, text, Markdown).
  ///
  /// - Parameters:
  ///   - bytes: The host file's bytes.
  ///   - range: The part to lex.
  ///   - language: The region's language.
  public static func tokenize(_ bytes: [UInt8], in range: Range<Int>, language: Language) -> [Token] {
    switch language {
    case .shell: ShellLexer.tokenize(bytes, in: range)
    case .python: PythonLexer.tokenize(bytes, in: range)
    case .javascript: JavaScriptLexer.tokenize(bytes, in: range)
    case .powershell: PowerShellLexer.tokenize(bytes, in: range)
    case .markdown, .json, .yaml, .toml, .text: []
    }
  }
}
