public import SkillScanCore
import SkillScanLexers

/// A shell-like span of a file with its pipelines, parsed once per file.
struct ParsedShellSpan: Sendable {
  var span: RemoteScriptPipedToShellRule.Span
  /// The parsed pipelines, or nil when they are parsed again on each read from ``bytes``
  /// (see ``ShellSpanMemory``).
  private var held: [ShellPipeline]?
  /// The file's bytes, kept (one reference) only for a span parsed on each read.
  private var bytes: [UInt8]

  init(span: RemoteScriptPipedToShellRule.Span, pipelines: [ShellPipeline]) {
    self.span = span
    self.held = pipelines
    self.bytes = []
  }

  /// A span whose pipelines are parsed from `bytes` whenever they are read.
  init(span: RemoteScriptPipedToShellRule.Span, parsingOnReadFrom bytes: [UInt8]) {
    self.span = span
    self.held = nil
    self.bytes = bytes
  }

  var pipelines: [ShellPipeline] { held ?? Self.parse(span, bytes) }

  /// The pipelines of `span`; prose that names no downloader, PowerShell host or piped
  /// decoder is not parsed at all (``ProseCommandGate``): most paragraphs are plain sentences.
  static func parse(_ span: RemoteScriptPipedToShellRule.Span, _ bytes: [UInt8]) -> [ShellPipeline] {
    if span.isProse && !span.isCode && !ProseCommandGate.mayHoldCommands(bytes, span.range) { return [] }
    return span.tokens.isEmpty
      ? ShellStructure.pipelines(in: bytes, range: span.range) : ShellStructure.pipelines(tokens: span.tokens, bytes: bytes)
  }
}

/// When the parsed pipelines of a file's shell spans are held and when they are parsed again
/// on each read.
///
/// Several rules read every shell span of a file, so the pipelines are parsed once and held
/// for the file. A file of a million inline code spans (`` `ls` `` on every line) then held
/// about 900 bytes of parsed commands per span, 2.8 GiB for 20 MB of Markdown. Above
/// ``heldSpanLimit`` spans, the small ones (a parse costs less than the memory it holds) are
/// parsed again by each reader instead; no file of the registry snapshot comes near the limit.
/// Pieces of a long prose paragraph (``RemoteScriptPipedToShellRule/proseSpans(_:in:)``) are
/// always parsed again by each reader, for the same reason.
enum ShellSpanMemory {
  static let heldSpanLimit = 4096

  /// Whether small spans of `file` are held: false for a file with more than
  /// ``heldSpanLimit`` inline code spans.
  static func holdsSmallSpans(_ file: AnalyzedFile) -> Bool {
    var inline = 0
    for region in file.regions where region.kind == .inlineCode {
      inline += 1
      if inline > heldSpanLimit { return false }
    }
    return true
  }

  /// Whether a span is small: under the analysis cache's smallest cached part.
  static func isSmall(tokens: Int, bytes: Int) -> Bool {
    (tokens == 0 ? bytes / 4 : tokens) < AnalysisCache.smallestCachedPart
  }
}

extension AnalyzedFile {
  /// The pipelines of `bytes[range]` parsed as `dialect`, once per file.
  ///
  /// `tokens` must be that dialect lexer's tokens of `range`, or empty to have them lexed
  /// here; every region and span is lexed that way, so the range and dialect name the
  /// result. Seven readers (flow, exfiltration, behaviour, de-obfuscation, remote-script
  /// spans …) parse the same script; sharing one parse keeps a large script's cost from
  /// growing with the number of rules that read commands.
  func shellPipelines(tokens: [Token], range: Range<Int>, dialect: ShellDialect) -> [ShellPipeline] {
    cache.value(
      dialect == .posix ? posixPipelinesSlot : powerShellPipelinesSlot, part: range.lowerBound, range.upperBound,
      size: tokens.isEmpty ? range.count / 4 : tokens.count
    ) {
      switch dialect {
      case .posix:
        tokens.isEmpty ? ShellStructure.pipelines(in: bytes, range: range) : ShellStructure.pipelines(tokens: tokens, bytes: bytes)
      case .powershell:
        tokens.isEmpty
          ? PowerShellStructure.pipelines(in: bytes, range: range) : PowerShellStructure.pipelines(tokens: tokens, bytes: bytes)
      }
    }
  }

  /// The spans of ``RemoteScriptPipedToShellRule/spans(of:)`` with their pipelines.
  ///
  /// Five rules (remote scripts, decode chains, droppers, install commands, package sources)
  /// read the same spans as shell; parsing each once per file instead of once per rule keeps
  /// a prose-heavy file's cost independent of how many rules read commands by shape.
  var parsedShellSpans: [ParsedShellSpan] {
    cache.value(parsedSpansSlot) {
      let holdSmall = ShellSpanMemory.holdsSmallSpans(self)
      return RemoteScriptPipedToShellRule.spans(of: self).map { span in
        if span.isPiece || (!holdSmall && ShellSpanMemory.isSmall(tokens: span.tokens.count, bytes: span.range.count)) {
          return ParsedShellSpan(span: span, parsingOnReadFrom: bytes)
        }
        // Prose read by shape is parsed here and nowhere else, so its paragraphs are not
        // memoised one by one: a cache entry per paragraph (a string key, a hash, a boxed
        // value) cost more than parsing a short paragraph.
        let pipelines =
          span.isProse && !span.isCode
          ? ParsedShellSpan.parse(span, bytes)
          : shellPipelines(tokens: span.tokens, range: span.range, dialect: .posix)
        return ParsedShellSpan(span: span, pipelines: pipelines)
      }
    }
  }

  /// ``RemoteExecution/findPowerShell(in:range:)`` of each of ``parsedShellSpans``, in the
  /// same order, once per file: the remote-script rule and the dropper evidence both read
  /// them, and each span was copied and searched twice.
  var parsedSpanPowerShellHits: [[RemoteExecution.Hit]] {
    cache.value(powerShellHitsSlot) {
      let spans = parsedShellSpans
      guard RemoteExecution.mayHoldPowerShell(bytes) else { return spans.map { _ in [] } }
      return spans.map { RemoteExecution.findPowerShell(in: bytes, range: $0.span.range) }
    }
  }

  /// Decode→execute chains of every parsed span (code, and prose read by shape, however
  /// long the paragraph: padding one must not hide a one-liner), each with its span.
  ///
  /// The decode-execute rule and the dropper evidence both need them.
  var shellDecodeChains: [(span: RemoteScriptPipedToShellRule.Span, hit: DeobfShellChains.Hit)] {
    let cached: [ShellDecodeChain] = cache.value(decodeChainsSlot) {
      var out: [ShellDecodeChain] = []
      for parsed in parsedShellSpans {
        for hit in DeobfShellChains.find(in: parsed.pipelines, bytes: bytes) {
          out.append(ShellDecodeChain(span: parsed.span, hit: hit))
        }
      }
      return out
    }
    return cached.map { ($0.span, $0.hit) }
  }

  /// The spans of ``BehaviorShellSpans/spans(of:)``, computed once per file.
  var behaviorShellSpans: [BehaviorShellSpan] {
    cache.value(behaviorSpansSlot) { BehaviorShellSpans.compute(self) }
  }
}

/// The cached element behind ``AnalyzedFile/shellDecodeChains``.
struct ShellDecodeChain: Sendable {
  var span: RemoteScriptPipedToShellRule.Span
  var hit: DeobfShellChains.Hit
}

/// Where parsed pipelines, shell spans, decode chains and behaviour spans are cached.
private let posixPipelinesSlot = CacheSlot<[ShellPipeline]>("ShellPipelines.posix")
private let powerShellPipelinesSlot = CacheSlot<[ShellPipeline]>("ShellPipelines.powershell")
private let parsedSpansSlot = CacheSlot<[ParsedShellSpan]>("ShellSpanCache.parsed")
private let powerShellHitsSlot = CacheSlot<[[RemoteExecution.Hit]]>("ShellSpanCache.powerShellHits")
private let decodeChainsSlot = CacheSlot<[ShellDecodeChain]>("ShellSpanCache.decodeChains")
private let behaviorSpansSlot = CacheSlot<[BehaviorShellSpan]>("ShellSpanCache.behavior")
