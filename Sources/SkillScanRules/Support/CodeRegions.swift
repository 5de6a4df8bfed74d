public import SkillScanCore

/// Questions rules ask about where an offset sits: in executable code, in a string or
/// comment of that code, or in prose.
extension AnalyzedFile {
  /// The region at `offset` if it is executable code: a script file, a fenced block in an
  /// executable language, or a `!` load-time directive.
  public func codeRegion(at offset: Int) -> Region? {
    guard let region = region(at: offset) else {
      return source.language.isExecutable && regions.isEmpty
        ? Region(kind: .whole, language: source.language, context: .code, range: 0..<bytes.count)
        : nil
    }
    switch region.kind {
    case .whole, .fencedCode, .loadTimeDirective:
      return region.language.isExecutable ? region : nil
    default:
      return nil
    }
  }

  /// The innermost token of `region` containing `offset`, if the region was lexed.
  public func token(at offset: Int, in region: Region) -> Token? {
    var best: Token?
    // Tokens are sorted by start; nested tokens (shell substitutions) follow their parent.
    var lo = 0
    var hi = region.tokens.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if region.tokens[mid].range.lowerBound <= offset { lo = mid + 1 } else { hi = mid }
    }
    var i = lo - 1
    var scanned = 0
    while i >= 0 && scanned < 64 {
      let token = region.tokens[i]
      if token.range.contains(offset) {
        if best == nil || token.range.count < (best?.range.count ?? .max) { best = token }
      }
      i -= 1
      scanned += 1
    }
    return best
  }

  /// Whether `offset` is inside a string, comment or here-document of lexed code — the
  /// places where natural language can sit inside a script. Unlexed code answers true.
  public func isInCodeText(at offset: Int, in region: Region) -> Bool {
    guard !region.tokens.isEmpty else { return true }
    guard let token = token(at: offset, in: region) else { return false }
    switch token.kind {
    case .string, .comment, .heredoc: return true
    default: return false
    }
  }
}

extension AnalyzedFile {
  /// The block region (paragraph, list item, table row, quote, comment, heading) holding
  /// `offset`, looking past inline code and link targets inside it.
  ///
  /// A code span in "First run `curl … | sh`" takes its weight from the sentence around it:
  /// the paragraph's context (instruction or description) is the span's context too.
  public func enclosingBlock(at offset: Int) -> Region? {
    regionIndex.innermost(at: offset) { region in
      switch region.kind {
      case .inlineCode, .linkTarget, .loadTimeDirective, .whole: false
      default: true
      }
    }
  }
}
