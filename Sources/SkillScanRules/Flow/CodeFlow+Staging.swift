import SkillScanCore
import SkillScanLexers

/// Secrets a script writes into a file: the first half of a collector split in two, one
/// script staging what it gathered and another sending the file later (``CrossModuleFlow``).
extension CodeFlow {
  /// A file write whose data carries a source, with the string literals that name the file.
  struct StagedWrite {
    var source: FlowSource
    /// Literals of the path expression and of the names it uses (one assignment deep):
    /// `path.join(cacheDir, 'meta.json')` with `cacheDir = path.join(home, '.cache', 'tool')`.
    var literals: [String]
  }

  /// At most this many staged writes are read per script.
  static let maxStagedWrites = 8

  /// Writes in `tokens` of `file` whose data carries a credential, environment or agent
  /// context source: `fs.writeFileSync(p, JSON.stringify(meta))`, `(STATE / "m.json").write_text(…)`.
  static func stagedWrites(tokens: [Token], file: AnalyzedFile, language: Language) -> [StagedWrite] {
    let facts = file.flowFacts(tokens, language: language)
    guard !facts.sources.isEmpty else { return [] }
    var flow = CodeFlow(facts: facts, tokens: tokens, file: file, language: language)
    flow.internTokens()
    flow.propagate()
    return flow.taintedWrites()
  }

  static let pythonWriters: Set<String> = ["write_text", "write_bytes"]

  func taintedWrites() -> [StagedWrite] {
    var out: [StagedWrite] = []
    for call in calls where out.count < Self.maxStagedWrites {
      let base = String(call.baseName)
      let args = call.arguments.filter { $0.keyword == nil }
      var path: Range<Int>?
      var data: Range<Int>?
      if language == .javascript, Self.fileWriters.contains(base), args.count >= 2 {
        path = args[0].tokens
        data = args[1].tokens
      } else if language == .python, Self.pythonWriters.contains(base), let first = args.first {
        // The path is the receiver: the statement's tokens before the call's parenthesis.
        guard call.openParen < s.tokens.count else { continue }
        var start = call.openParen
        while start > 0, call.openParen - start < 64, s.tokens[start - 1].kind != .newline { start -= 1 }
        path = start..<call.openParen
        data = first.tokens
      }
      guard let path, let data else { continue }
      let scope = call.openParen < s.scopeOfToken.count ? Int(s.scopeOfToken[call.openParen]) : -1
      guard let source = taint(of: data, scope: scope), [.credential, .environment, .context].contains(source.kind) else { continue }
      out.append(StagedWrite(source: source, literals: pathLiterals(path)))
    }
    return out
  }

  /// String literals of `range`, and of the value assigned to each bare name in it.
  func pathLiterals(_ range: Range<Int>) -> [String] {
    var out: [String] = []
    var names = Set<String>()
    for k in range where k < s.tokens.count {
      let t = s.tokens[k]
      if t.kind == .string, t.range.count < 512 {
        out.append(StringLiteral.value(of: t, in: s.bytes, language: language))
      } else if t.kind == .word, !s.isOp(k - 1, "."), names.count < 8 {
        names.insert(s.text(k))
      }
    }
    guard !names.isEmpty else { return out }
    for st in s.statements where !st.target.isEmpty {
      guard let last = st.target.last(where: { $0 < s.tokens.count && s.tokens[$0].kind == .word }), names.contains(s.text(last)) else { continue }
      for k in st.value where k < s.tokens.count && s.tokens[k].kind == .string && s.tokens[k].range.count < 512 {
        out.append(StringLiteral.value(of: s.tokens[k], in: s.bytes, language: language))
      }
    }
    return out
  }
}
