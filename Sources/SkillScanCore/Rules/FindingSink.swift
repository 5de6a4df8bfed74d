import Foundation

/// Collects a rule's findings and fills in what the rule should not have to repeat.
///
/// The sink knows the rule's description, so a report needs only a message and a location;
/// severity, pattern, remediation, line, column and snippet are derived. Context defaults to
/// the region at the offset, so a match in prose and the same match in a fence differ without
/// each rule re-deriving it.
public struct FindingSink: Sendable {
  public let rule: RuleDescription
  public private(set) var findings: [Finding] = []

  public init(rule: RuleDescription) { self.rule = rule }

  /// Reports a finding at a byte range of a file.
  public mutating func report(
    _ message: String, in file: AnalyzedFile, at range: Range<Int>,
    severity: Severity? = nil, confidence: Confidence? = nil,
    context: ContextClass? = nil, polarity: Polarity = .affirmative, snippet: String? = nil,
    chain: ChainKind? = nil
  ) {
    let source = file.source
    let start = min(max(0, range.lowerBound), source.bytes.count)
    let position = source.lines.position(of: start, in: source.bytes)
    let lineRange = source.lines.range(ofLine: position.line, in: source.bytes)
    let shown = snippet ?? Snippet.make(source.text(lineRange))
    findings.append(
      Finding(
        ruleID: rule.id, pattern: rule.pattern, severity: severity ?? rule.severity,
        confidence: confidence ?? rule.confidence, message: message, file: source.path,
        line: position.line, column: position.column, snippet: shown,
        remediation: rule.remediation,
        context: context ?? file.region(at: start)?.context ?? .code, polarity: polarity,
        chain: chain))
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

  /// Trims whitespace, replaces control characters and caps the length.
  public static func make(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(min(text.utf8.count, maxLength + 1))
    var count = 0
    for scalar in text.unicodeScalars {
      if count >= maxLength {
        out += "…"
        break
      }
      if scalar.value < 0x20 || scalar.value == 0x7F {
        out += scalar == "\t" ? " " : "\u{FFFD}"
      } else {
        out.unicodeScalars.append(scalar)
      }
      count += 1
    }
    return out.trimmingCharacters(in: .whitespaces)
  }
}
