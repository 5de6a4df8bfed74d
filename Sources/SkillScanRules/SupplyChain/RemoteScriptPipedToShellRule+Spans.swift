import SkillScanCore

extension RemoteScriptPipedToShellRule {
  /// A stretch of a file read as shell.
  struct Span {
    var range: Range<Int>
    var tokens: [Token]
    /// Executable code: script, shell fence or load-time directive.
    var isCode: Bool
    /// Plain prose, where a command is only recognised by its shape.
    var isProse: Bool
  }

  /// The shell-like stretches of a file, load-time directives first so that a directive
  /// inside a code span is reported with its load-time context.
  static func spans(of file: AnalyzedFile) -> [Span] {
    let language = file.source.language
    if language == .shell || language == .powershell {
      let whole = file.regions.filter { $0.kind == .whole }
      if whole.isEmpty { return [Span(range: 0..<file.bytes.count, tokens: [], isCode: true, isProse: false)] }
      return whole.map { Span(range: $0.range, tokens: $0.language == .shell ? $0.tokens : [], isCode: true, isProse: false) }
    }
    if file.regions.isEmpty || file.regions.allSatisfy({ $0.kind == .whole }) {
      return [Span(range: 0..<file.bytes.count, tokens: [], isCode: false, isProse: true)]
    }
    var first: [Span] = []
    var code: [Span] = []
    var inline: [Span] = []
    var prose: [Span] = []
    for region in file.regions {
      let shellTokens = region.language == .shell ? region.tokens : []
      switch region.kind {
      case .loadTimeDirective:
        first.append(Span(range: region.range, tokens: shellTokens, isCode: true, isProse: false))
      case .fencedCode where [.shell, .powershell, .text].contains(region.language):
        code.append(
          Span(range: region.range, tokens: shellTokens, isCode: true, isProse: false))
      case .inlineCode:
        inline.append(Span(range: region.range, tokens: shellTokens, isCode: false, isProse: false))
      case .prose, .blockquote, .tableRow, .htmlComment:
        prose.append(Span(range: region.range, tokens: [], isCode: false, isProse: true))
      default:
        continue
      }
    }
    return first + code + inline + prose
  }
}
