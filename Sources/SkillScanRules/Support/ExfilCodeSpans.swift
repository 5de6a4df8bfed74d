public import SkillScanCore
public import SkillScanLexers

/// The code stretches of a file the exfiltration rules read: a script, each fenced block in an
/// executable language, each `!` directive, and (optionally) inline code spans of prose,
/// which agents also run when the sentence around them asks.
public struct ExfilCodeSpan: Sendable {
  public var range: Range<Int>
  public var language: Language
  public var tokens: [Token]
  /// An inline code span inside prose: polarity comes from its sentence.
  public var isInline: Bool

  /// Shell (or PowerShell) pipelines of the span, parsed once per file.
  func pipelines(_ file: AnalyzedFile) -> [ShellPipeline] {
    file.shellPipelines(tokens: tokens, range: range, dialect: language == .powershell ? .powershell : .posix)
  }

  /// The spans of `file`, all of them, lexed once per file (four rules read them).
  public static func spans(of file: AnalyzedFile, includeInline: Bool) -> [ExfilCodeSpan] {
    file.cache.value(includeInline ? spansWithInlineSlot : spansSlot) { compute(file, includeInline: includeInline) }
  }

  static func compute(_ file: AnalyzedFile, includeInline: Bool) -> [ExfilCodeSpan] {
    var result: [ExfilCodeSpan] = []
    for region in file.regions {
      switch region.kind {
      case .whole, .fencedCode, .loadTimeDirective:
        guard region.language.isExecutable else { continue }
        let tokens = region.tokens.isEmpty ? LanguageLexer.tokenize(file.bytes, in: region.range, language: region.language) : region.tokens
        result.append(ExfilCodeSpan(range: region.range, language: region.language, tokens: tokens, isInline: false))
      case .inlineCode where includeInline && region.range.count >= 6:
        // Inline code spans are lexed as shell when the Markdown is split; lexing them again
        // here held a second token array per span.
        let tokens = region.tokens.isEmpty ? ShellLexer.tokenize(file.bytes, in: region.range) : region.tokens
        result.append(ExfilCodeSpan(range: region.range, language: .shell, tokens: tokens, isInline: true))
      default:
        continue
      }
    }
    if result.isEmpty, file.regions.isEmpty, file.source.language.isExecutable {
      let whole = 0..<file.bytes.count
      result.append(ExfilCodeSpan(
        range: whole, language: file.source.language,
        tokens: LanguageLexer.tokenize(file.bytes, in: whole, language: file.source.language), isInline: false))
    }
    return result
  }

  /// The context to report a match in this span with: an inline span takes the context of
  /// the prose around it (an instruction to run it, or a description), not `.example`.
  public func context(_ file: AnalyzedFile, at offset: Int) -> ContextClass? {
    isInline ? ExfilCodeSpan.enclosingContext(file, at: offset) : nil
  }

  /// The context of the smallest block region (prose, quote, table row, fence) at `offset`.
  public static func enclosingContext(_ file: AnalyzedFile, at offset: Int) -> ContextClass? {
    file.enclosingBlock(at: offset)?.context
  }

  /// The polarity of a match in this span (code is affirmative; inline code takes its
  /// sentence's polarity).
  public func polarity(_ file: AnalyzedFile, at range: Range<Int>) -> Polarity {
    isInline ? ProsePolarity.classify(file, at: range) : .affirmative
  }
}

/// Where a file's code spans are cached, with and without inline code.
private let spansSlot = CacheSlot<[ExfilCodeSpan]>("ExfilCodeSpan.spans")
private let spansWithInlineSlot = CacheSlot<[ExfilCodeSpan]>("ExfilCodeSpan.spans+inline")
