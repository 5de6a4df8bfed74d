import SkillScanCore
import SkillScanLexers

/// Small conveniences for lexer tests.
enum T {
  static func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }

  static func text(_ r: Range<Int>, _ b: [UInt8]) -> String { ByteText.string(r, in: b) }

  static func texts(_ tokens: [Token], _ b: [UInt8]) -> [String] { tokens.map { text($0.range, b) } }

  static func file(_ path: String, _ s: String, kind: FileKind, language: Language) -> SourceFile {
    SourceFile(path: path, bytes: bytes(s), kind: kind, language: language)
  }

  /// Names (effective) of each pipeline's commands.
  static func names(_ pipelines: [ShellPipeline], _ b: [UInt8]) -> [[String]] {
    pipelines.map { $0.commands.map { $0.effectiveName(in: b) } }
  }
}
