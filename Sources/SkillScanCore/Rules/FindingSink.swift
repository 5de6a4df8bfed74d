import Foundation

/// Collects a rule's findings and fills in what the rule should not have to repeat.
///
/// The sink knows the rule's description, so a report needs only a message and a location;
/// severity, pattern, remediation, line, column and snippet are derived. Context defaults to
/// the region at the offset, so a match in prose and the same match in a fence differ without
/// each rule re-deriving it.
public struct FindingSink: Sendable {
  /// What every finding of one rule repeats from its description.
  ///
  /// Held by reference: the engine opens a sink for every rule on every file, and copying the
  /// whole description (a dozen strings and arrays) retained and released each of its
  /// fields every time.
  public final class Header: Sendable {
    let id: RuleID
    let pattern: PatternID
    let severity: Severity
    let confidence: Confidence
    let remediation: String

    /// The header of `rule`'s findings.
    public init(_ rule: RuleDescription) {
      id = rule.id
      pattern = rule.pattern
      severity = rule.severity
      confidence = rule.confidence
      remediation = rule.remediation
    }
  }

  private let rule: Header
  public private(set) var findings: [Finding] = []
  /// The last reported position and its file, to count the next column on from it.
  private var lastPosition: (file: String, at: LineIndex.Position)?
  /// Whether findings at a byte range keep only the window their snippet comes from
  /// (``Finding/snippetWindow``) instead of the snippet. The engine sets it and makes the
  /// snippets of the findings that survive de-duplication and folding; two findings at the
  /// same place have the same window, so de-duplication is unchanged.
  var defersSnippets = false

  public init(rule: RuleDescription) { self.rule = Header(rule) }

  /// A sink for the rule `header` was made from (made once per rule, not once per file).
  public init(header: Header) { self.rule = header }

  /// Reports a finding at a byte range of a file.
  public mutating func report(
    _ message: String, in file: AnalyzedFile, at range: Range<Int>,
    severity: Severity? = nil, confidence: Confidence? = nil,
    context: ContextClass? = nil, polarity: Polarity = .affirmative, snippet: String? = nil,
    chain: ChainKind? = nil
  ) {
    let source = file.source
    let start = min(max(0, range.lowerBound), source.bytes.count)
    let hint = lastPosition?.file == source.path ? lastPosition?.at : nil
    let position = source.lines.position(of: start, in: source.bytes, after: hint)
    lastPosition = (source.path, LineIndex.Position(offset: start, line: position.line, column: position.column))
    let lineRange = source.lines.range(ofLine: position.line, in: source.bytes)
    var window: Range<Int>?
    var shown = snippet ?? ""
    if snippet == nil {
      let w = Snippet.window(lineRange, around: start, in: source.bytes)
      // A derived file's text is not in any file the engine can look up later.
      if defersSnippets && source.origin == nil { window = w } else { shown = Snippet.make(utf8: source.bytes[w]) }
    }
    var (path, line, column) = (source.path, position.line, position.column)
    if let origin = source.origin {
      // Reported where the text sits in the real file (escapes before a match shift the
      // column a little).
      path = origin.path
      (line, column) = origin.place(line: position.line, column: position.column)
    }
    var finding = Finding(
      ruleID: rule.id, pattern: rule.pattern, severity: severity ?? rule.severity,
      confidence: confidence ?? rule.confidence, message: message, file: path,
      line: line, column: column, snippet: shown,
      remediation: rule.remediation,
      context: context ?? file.region(at: start)?.context ?? .code, polarity: polarity,
      chain: chain)
    finding.snippetWindow = window
    findings.append(finding)
  }

  /// Reports a finding about a whole file or skill (line 0).
  public mutating func report(
    _ message: String, file path: String, line: Int = 0, severity: Severity? = nil,
    confidence: Confidence? = nil, context: ContextClass = .metadata,
    polarity: Polarity = .affirmative, snippet: String = "", chain: ChainKind? = nil
  ) {
    findings.append(
      Finding(
        ruleID: rule.id, pattern: rule.pattern, severity: severity ?? rule.severity,
        confidence: confidence ?? rule.confidence, message: message, file: path, line: line,
        column: line > 0 ? 1 : 0, snippet: Snippet.make(snippet),
        remediation: rule.remediation, context: context, polarity: polarity, chain: chain))
  }
}

/// Shortens evidence for display.
public enum Snippet {
  /// Longest snippet kept, in characters.
  public static let maxLength = 200

  /// The part of a line worth decoding for a snippet: the whole line when it is short, else
  /// a window starting a little before the match. A minified bundle or a base64 blob is one
  /// multi-megabyte line, and decoding it for every finding made such files quadratic.
  public static func window(_ line: Range<Int>, around offset: Int, in bytes: [UInt8]) -> Range<Int> {
    let budget = maxLength * 4
    guard line.count > budget else { return line }
    var lower = max(line.lowerBound, min(offset, line.upperBound) - 48)
    while lower > line.lowerBound, lower < bytes.count, bytes[lower] & 0xC0 == 0x80 { lower -= 1 }
    return lower..<min(line.upperBound, lower + budget)
  }

  /// ``make(_:)`` straight from UTF-8 bytes, with a byte-level path for ASCII text (nearly
  /// every snippet) that builds the result without per-scalar string appends.
  public static func make(utf8 bytes: ArraySlice<UInt8>) -> String {
    guard bytes.allSatisfy({ $0 < 0x80 }) else { return make(String(decoding: bytes, as: UTF8.self)) }
    return bytes.withUnsafeBufferPointer(ascii)
  }

  /// ``make(_:)`` of ASCII text, built byte by byte.
  private static func ascii(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(min(bytes.count, maxLength) + 3)
    var lastKept = 0
    for byte in bytes.prefix(maxLength) {
      let shown: UInt8 = byte == 0x09 ? 0x20 : byte
      if shown < 0x20 || shown == 0x7F {
        out += [0xEF, 0xBF, 0xBD]  // U+FFFD
        lastKept = out.count
        continue
      }
      if out.isEmpty && shown == 0x20 { continue }
      out.append(shown)
      if shown != 0x20 { lastKept = out.count }
    }
    if bytes.count > maxLength {
      out += [0xE2, 0x80, 0xA6]  // …
      return String(decoding: out, as: UTF8.self)
    }
    return String(decoding: out[..<lastKept], as: UTF8.self)
  }

  /// Space separators (Unicode `Zs`) and tab, without a Unicode property lookup per scalar.
  static func isBlank(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x20, 0x09, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: true
    default: false
    }
  }

  /// Trims whitespace, replaces control characters and caps the length.
  public static func make(_ text: String) -> String {
    // ASCII text (nearly every message quote) takes the byte path: appending scalar by
    // scalar was a few percent of a prose file dense with findings.
    if let fast = text.utf8.withContiguousStorageIfAvailable({ $0.allSatisfy { $0 < 0x80 } ? ascii($0) : nil }), let fast {
      return fast
    }
    return scalars(text)
  }

  /// ``make(_:)`` for any text, scalar by scalar.
  static func scalars(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    var count = 0
    var truncated = false
    var kept = 0  // scalars in `out`
    var lastKept = 0  // scalars in `out` up to the last non-whitespace one
    for scalar in text.unicodeScalars {
      if count >= maxLength {
        truncated = true
        break
      }
      count += 1
      let shown: Unicode.Scalar =
        scalar == "\t" ? " " : (scalar.value < 0x20 || scalar.value == 0x7F ? "\u{FFFD}" : scalar)
      let blank = isBlank(shown)
      if out.isEmpty && blank { continue }
      out.append(shown)
      kept += 1
      if !blank { lastKept = kept }
    }
    if truncated {
      out.append("…")
      return String(out)
    }
    return String(String.UnicodeScalarView(out.prefix(lastKept)))
  }
}
