public import SkillScanCore
public import SkillScanLexers

extension AnalyzedFile {
  /// The calls in a lexed Python or JavaScript span, extracted once per file and span.
  ///
  /// A dozen rules (flows, downloads, decoders, reverse shells, money movement …) ask for
  /// the calls of the same regions; resolving them once keeps a large bundled script's cost
  /// independent of how many rules look at calls.
  public func codeCalls(_ tokens: [Token], language: Language) -> [CodeCall] {
    let first = tokens.first?.range.lowerBound ?? -1
    let last = tokens.last?.range.upperBound ?? -1
    return cache.value(codeCallsSlot, part: first, last, tokens.count &* 16 &+ language.ordinal, size: tokens.count) {
      language == .python
        ? PythonCalls.calls(tokens: tokens, bytes: bytes) : JSCalls.calls(tokens: tokens, bytes: bytes)
    }
  }
}

extension AnalyzedFile {
  /// Statements and flow sources of a lexed Python or JavaScript span, computed once per
  /// file and span for the flow analysis and the credential, environment and transmission
  /// rules that all start from them.
  func flowFacts(_ tokens: [Token], language: Language) -> (statements: CodeFlowStatements, sources: [Int: FlowSource]) {
    let first = tokens.first?.range.lowerBound ?? -1
    let last = tokens.last?.range.upperBound ?? -1
    let facts = cache.value(flowFactsSlot, part: first, last, tokens.count &* 16 &+ language.ordinal, size: tokens.count * 8) {
      let statements = CodeFlowStatements(tokens: tokens, bytes: bytes, language: language)
      // Browser state (cookies, web storage) is a source only where a browser runs the
      // script: the `<script>` blocks of an HTML or SVG file.
      let browser = EmbeddedScripts.applies(toPath: source.path)
      return FlowFacts(statements: statements, sources: CodeFlowCues.sources(statements, language: language, browser: browser))
    }
    return (facts.statements, facts.sources)
  }
}

/// The cached pair behind ``AnalyzedFile/flowFacts(_:language:)``.
struct FlowFacts: Sendable {
  let statements: CodeFlowStatements
  let sources: [Int: FlowSource]
}

/// Where the calls and the flow facts of each lexed span are cached; the third part of the
/// key packs the token count with the language.
private let codeCallsSlot = CacheSlot<[CodeCall]>("codeCalls")
private let flowFactsSlot = CacheSlot<FlowFacts>("flowFacts")
