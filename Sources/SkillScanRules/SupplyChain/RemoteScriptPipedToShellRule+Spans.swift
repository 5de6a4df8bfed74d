import SkillScanCore
import SkillScanLexers

extension RemoteScriptPipedToShellRule {
  /// A stretch of a file read as shell.
  struct Span {
    var range: Range<Int>
    var tokens: [Token]
    /// Executable code: script, shell fence or load-time directive.
    var isCode: Bool
    /// Plain prose, where a command is only recognised by its shape.
    var isProse: Bool
    /// One piece of a long prose paragraph (``proseSpans(_:in:)``), parsed again by each
    /// reader rather than held.
    var isPiece = false
  }

  /// Prose paragraphs longer than this that may hold commands are read as shell in pieces.
  static let prosePieceBytes = 64 << 10

  /// The prose span(s) of `range`: one span, or, for a paragraph longer than
  /// ``prosePieceBytes`` that may hold a command (``ProseCommandGate``), consecutive pieces
  /// that lex exactly as the paragraph does (``ShellLexer/pieceEnds(_:in:pieceBytes:)``).
  ///
  /// Parsed whole, a 20 MB paragraph of short commands held about a gigabyte of pipelines;
  /// each piece is parsed when read and dropped after, so a reader holds one piece's.
  static func proseSpans(_ range: Range<Int>, in bytes: [UInt8]) -> [Span] {
    let whole = Span(range: range, tokens: [], isCode: false, isProse: true)
    guard range.count > prosePieceBytes, ProseCommandGate.mayHoldCommands(bytes, range) else { return [whole] }
    var start = range.lowerBound
    return ShellLexer.pieceEnds(bytes, in: range, pieceBytes: prosePieceBytes).map { end in
      defer { start = end }
      return Span(range: start..<end, tokens: [], isCode: false, isProse: true, isPiece: true)
    }
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
      return proseSpans(0..<file.bytes.count, in: file.bytes)
    }
    // One array, filled group by group: a file of a million inline code spans held four
    // growing arrays and their concatenation at once.
    enum Group: CaseIterable { case loadTime, code, inline, prose }
    func group(_ region: Region) -> Group? {
      switch region.kind {
      case .loadTimeDirective: .loadTime
      case .fencedCode where [.shell, .powershell, .text].contains(region.language): .code
      case .inlineCode: .inline
      case .prose, .blockquote, .tableRow, .htmlComment: .prose
      default: nil
      }
    }
    var spans: [Span] = []
    spans.reserveCapacity(file.regions.count { group($0) != nil })
    for wanted in Group.allCases {
      for region in file.regions where group(region) == wanted {
        // Inline code spans are lexed as shell when the Markdown is split.
        let shellTokens = region.language == .shell || region.kind == .inlineCode ? region.tokens : []
        switch wanted {
        case .loadTime, .code: spans.append(Span(range: region.range, tokens: shellTokens, isCode: true, isProse: false))
        case .inline: spans.append(Span(range: region.range, tokens: shellTokens, isCode: false, isProse: false))
        case .prose: spans += proseSpans(region.range, in: file.bytes)
        }
      }
    }
    return spans
  }
}
