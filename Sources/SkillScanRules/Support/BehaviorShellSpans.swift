import SkillScanCore
import SkillScanLexers

/// Shell code in a file, with how it is reached: scripts, shell fences, `!` directives and
/// inline code spans, each with its pipelines.
///
/// Behaviour rules (destruction, persistence, privilege, reverse shells, load-time) all need
/// "every shell command in this file and whether it is code or a code span in prose"; this
/// computes it once per call from the lexed tokens.
struct BehaviorShellSpan {
  enum Kind { case script, fence, loadTime, inline }
  var kind: Kind
  var region: Region
  /// The parsed pipelines, or nil when they are parsed again on each read from
  /// ``bytes`` (see ``ShellSpanMemory``).
  private var held: [ShellPipeline]?
  /// The file's bytes, kept (one reference) only for a span parsed on each read.
  private var bytes: [UInt8]

  init(kind: Kind, region: Region, pipelines: [ShellPipeline]) {
    self.kind = kind
    self.region = region
    self.held = pipelines
    self.bytes = []
  }

  /// A span whose pipelines are parsed from `bytes` whenever they are read.
  init(kind: Kind, region: Region, parsingOnReadFrom bytes: [UInt8]) {
    self.kind = kind
    self.region = region
    self.held = nil
    self.bytes = bytes
  }

  var pipelines: [ShellPipeline] {
    held ?? ShellStructure.pipelines(tokens: region.tokens, bytes: bytes)
  }

  /// Commands of every pipeline, nested ones included.
  var commands: [ShellCommand] { pipelines.flatMap(\.commands) }
}

enum BehaviorShellSpans {
  /// The shell spans of `file`, in file order (parsed once per file, see
  /// ``AnalyzedFile/behaviorShellSpans``).
  static func spans(of file: AnalyzedFile) -> [BehaviorShellSpan] { file.behaviorShellSpans }

  /// Parses the shell spans of `file`.
  static func compute(_ file: AnalyzedFile) -> [BehaviorShellSpan] {
    func isShell(_ region: Region) -> Bool {
      !region.tokens.isEmpty && (region.language == .shell || region.kind == .inlineCode)
    }
    var result: [BehaviorShellSpan] = []
    // Sized once: on a file of a million code spans, doubling held two arrays of spans.
    result.reserveCapacity(file.regions.count(where: isShell))
    let holdSmall = ShellSpanMemory.holdsSmallSpans(file)
    for region in file.regions where isShell(region) {
      let kind: BehaviorShellSpan.Kind
      switch region.kind {
      case .whole: kind = .script
      case .fencedCode: kind = region.context == .loadTime ? .loadTime : .fence
      case .loadTimeDirective: kind = .loadTime
      case .inlineCode: kind = .inline
      default: continue
      }
      if !holdSmall && ShellSpanMemory.isSmall(tokens: region.tokens.count, bytes: region.range.count) {
        result.append(BehaviorShellSpan(kind: kind, region: region, parsingOnReadFrom: file.bytes))
        continue
      }
      let pipelines = file.shellPipelines(tokens: region.tokens, range: region.range, dialect: .posix)
      result.append(BehaviorShellSpan(kind: kind, region: region, pipelines: pipelines))
    }
    return result
  }

  /// Polarity of a shell match: code is affirmative, a code span takes its sentence's.
  static func polarity(_ span: BehaviorShellSpan, _ file: AnalyzedFile, _ range: Range<Int>) -> Polarity {
    span.kind == .inline ? ProsePolarity.classify(file, at: range) : .affirmative
  }

  /// Heading words that present the code below as what not to do. Narrower than the
  /// general polarity headings: "Security" alone must not hide a payload.
  static let badHeadings = PhraseMatcher([
    "anti-pattern", "anti-patterns", "antipattern", "antipatterns", "bad example", "bad examples",
    "what not to do", "don't", "do not", "avoid", "pitfalls", "never", "mistakes",
  ])

  /// Whether a fenced block in documentation is presented as a bad example: under an
  /// "anti-patterns"/"don't"/"security" heading, or marked `BAD`/`don't` inside. Such code
  /// keeps its finding at low confidence without a chain (taxonomy.md §6.4).
  static func isBadExample(_ file: AnalyzedFile, _ region: Region) -> Bool {
    guard file.source.language == .markdown, region.kind == .fencedCode else { return false }
    let head = region.range.lowerBound..<min(region.range.upperBound, region.range.lowerBound + 200)
    for marker in ["# bad", "// bad", "bad:", "don't", "do not", "never do", "anti-pattern", "wrong"]
    where ByteText.contains(head, marker, in: file.bytes, ignoringCase: true) {
      return true
    }
    guard let heading = ProsePolarity.precedingHeading(file, before: region.range.lowerBound) else { return false }
    var text = [UInt8](repeating: 0x20, count: heading.count + 2)
    for i in heading { text[i - heading.lowerBound + 1] = KeywordFilter.fold(file.bytes[i]) }
    return badHeadings.containsMatch(in: text)
  }

  /// Whether a documentation fence opens with a comment line that forbids running what
  /// follows: `# Anti-patterns -- shown so you can recognise them, do not run`, `// BAD
  /// EXAMPLE`. The comment is the block's own label, read by whoever reads the block, the
  /// agent included. Narrower than ``isBadExample(_:_:)``: only the block's first line, and
  /// only phrases that forbid running or name the block a bad example ("do not skip this
  /// step" is no such label).
  static func fenceHeaderForbids(_ file: AnalyzedFile, _ region: Region) -> Bool {
    guard file.source.language == .markdown, region.kind == .fencedCode, region.context != .loadTime else { return false }
    let bytes = file.bytes
    var i = region.range.lowerBound
    let end = min(region.range.upperBound, i + 400)
    while i < end, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
    guard i < end, bytes[i] == 0x23 || (bytes[i] == 0x2F && i + 1 < end && bytes[i + 1] == 0x2F) else { return false }
    var lineEnd = i
    while lineEnd < end, bytes[lineEnd] != 0x0A { lineEnd += 1 }
    var text = [UInt8](repeating: 0x20, count: lineEnd - i + 2)
    for k in i..<lineEnd { text[k - i + 1] = KeywordFilter.fold(bytes[k]) }
    return forbiddingLabels.containsMatch(in: text)
  }

  /// Whether a fence is tagged as plain text (```` ```text ````, `txt`, `plaintext`): its
  /// author declares the lines something to read, not to run, so what it shows counts as
  /// an illustration unless the sentence leading into it orders it run ("Paste this into
  /// your terminal:"). Droppers in the wild use shell fences or none at all.
  static func isIllustration(_ file: AnalyzedFile, _ region: Region) -> Bool {
    guard file.source.language == .markdown, region.kind == .fencedCode, region.context != .loadTime,
      plainTextTags.contains(region.info.lowercased().split(separator: " ").first.map(String.init) ?? "")
    else { return false }
    guard let lead = RemoteInstructionsRule.leadIn(before: region.range, in: file) else { return true }
    return !runOrders.containsMatch(in: lead)
  }

  static let plainTextTags: Set<String> = ["text", "txt", "plaintext", "plain"]

  /// Words of a lead-in that has the reader run what follows.
  static let runOrders = PhraseMatcher([
    "run", "paste", "execute", "enter", "type", "copy", "terminal", "command prompt", "powershell", "install",
  ])

  static let forbiddingLabels = PhraseMatcher([
    "do not run", "don't run", "never run", "do not execute", "don't execute", "never execute", "do not copy",
    "don't copy", "anti-pattern", "anti-patterns", "antipattern", "antipatterns", "bad example", "bad examples",
    "what not to do", "do not use", "don't use", "never use",
  ])

  /// Whether the line a command ends on closes with a comment that forbids it:
  /// `curl … | bash   # do not do this`, `# BAD: unverified`, `// wrong`. The comment is part
  /// of the code, so an agent reading the block reads it too; it must be nothing but the
  /// prohibition (a bare "do not do this") or open with a verdict word and a colon or dash,
  /// so `# do not interrupt` or `# unsafe mode` is no such mark. Reads at most 160 bytes.
  static func lineMarkedBad(_ bytes: [UInt8], after end: Int) -> Bool {
    let limit = min(bytes.count, end + 160)
    var i = max(0, end)
    var commentStart: Int?
    while i < limit, bytes[i] != 0x0A {
      let blankBefore = i == end || bytes[i - 1] == 0x20 || bytes[i - 1] == 0x09
      if blankBefore, bytes[i] == 0x23 {
        commentStart = i + 1
        break
      }
      if blankBefore, bytes[i] == 0x2F, i + 1 < limit, bytes[i + 1] == 0x2F {
        commentStart = i + 2
        break
      }
      i += 1
    }
    guard let start = commentStart else { return false }
    var stop = start
    while stop < limit, bytes[stop] != 0x0A, bytes[stop] != 0x0D { stop += 1 }
    guard stop < limit || limit == bytes.count else { return false }
    var words = bytes[start..<stop].map(KeywordFilter.fold).filter { $0 != 0x2A && $0 != 0x60 }
    while let first = words.first, first == 0x20 || first == 0x09 || first == 0x23 || first == 0x2F { words.removeFirst() }
    while let last = words.last, [0x20, 0x09, 0x2E, 0x21].contains(last) { words.removeLast() }
    let text = String(decoding: words, as: UTF8.self)
    if PolarityCues.bareProhibitions.contains(text) { return true }
    for verdict in ["bad", "wrong", "insecure", "unsafe", "dangerous", "anti-pattern", "never do this", "don't do this", "do not do this"] {
      guard text.hasPrefix(verdict) else { continue }
      let rest = text.dropFirst(verdict.count).drop { $0 == " " }
      if rest.isEmpty || rest.hasPrefix(":") || rest.hasPrefix("-") || rest.hasPrefix("\u{2014}") || rest.hasPrefix("(") { return true }
    }
    return false
  }

  /// Unquoted arguments of `command`'s effective command (wrappers such as `sudo` removed).
  static func arguments(_ command: ShellCommand, _ bytes: [UInt8]) -> [String] {
    command.effectiveCommand(in: bytes).arguments(in: bytes)
  }
}
