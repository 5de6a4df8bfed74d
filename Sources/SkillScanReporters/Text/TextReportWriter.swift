public import Foundation
public import SkillScanCore

/// Streams a human-readable report: per skill, its findings grouped by file, then a verdict
/// line with the score and the strongest reasons; a summary table closes the report.
///
/// Every finding line carries the rule ID so a reader can look it up (`skillscan rules
/// explain ID`) or suppress it. All text taken from the scanned skill passes through
/// ``TerminalText`` first.
public struct TextReportWriter<Output: ReportOutput>: ReportWriter {
  /// The destination; read it back from a ``DataOutput`` after `end(summary:)`.
  public private(set) var output: Output
  private let options: ReportOptions
  private let style: TextStyle
  /// Reasons shown under a verdict; the JSON report keeps them all.
  static var reasonsShown: Int { 3 }

  /// Creates a writer that sends its bytes to `output`.
  public init(output: Output, options: ReportOptions = ReportOptions()) {
    self.output = output
    self.options = options
    self.style = TextStyle(enabled: options.useColor)
  }

  public mutating func begin(tool: ToolInfo) throws {
    try output.write(style.dim("\(tool.name) \(tool.version)") + "\n\n")
  }

  public mutating func write(skill: SkillResult) throws {
    if options.onlyFlagged && skill.verdict == .safe && skill.errors.isEmpty { return }
    var text = ""
    let name = skill.name.isEmpty ? "" : "  " + style.dim("[\(TerminalText.clean(skill.name))]")
    text += style.bold(TerminalText.clean(skill.path)) + name + "\n"
    var currentFile: String?
    for finding in skill.findings {
      if finding.file != currentFile {
        currentFile = finding.file
        text += "  " + (finding.file.isEmpty ? "(skill)" : TerminalText.clean(finding.file)) + "\n"
      }
      text += line(for: finding)
    }
    for error in skill.errors {
      text += "  " + style.paint("error:", "31") + " " + TerminalText.clean(error) + "\n"
    }
    text += verdictLines(skill) + "\n"
    try output.write(text)
  }

  public mutating func end(summary: ScanSummary) throws {
    try output.write(TextSummaryTable(summary: summary, style: style).render())
    try output.flush()
  }

  private func line(for finding: Finding) -> String {
    let severity = finding.severity.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)
    var line = "    " + style.severity(finding.severity, severity) + "  "
    line += style.bold(finding.ruleID.rawValue) + "  " + Self.location(of: finding) + "  "
    line += TerminalText.clean(finding.message)
    if let suppression = finding.suppression {
      let note = "[suppressed (\(suppression.kind.rawValue)): \(TerminalText.clean(suppression.reason))]"
      line = style.dim(line + "  " + note)
    }
    line += "\n"
    if !finding.snippet.isEmpty {
      line += "              " + style.dim("| " + TerminalText.clean(finding.snippet)) + "\n"
    }
    return line
  }

  private func verdictLines(_ skill: SkillResult) -> String {
    let label = style.verdict(skill.verdict, skill.verdict.rawValue.uppercased())
    let active = skill.findings.count { $0.isActive }
    var text = "  verdict: \(label)  score \(skill.score)/100  (\(active) active finding"
    text += active == 1 ? ")\n" : "s)\n"
    for reason in skill.reasons.prefix(Self.reasonsShown) {
      text += "    - " + TerminalText.clean(reason) + "\n"
    }
    if skill.reasons.count > Self.reasonsShown {
      text += style.dim("    (+\(skill.reasons.count - Self.reasonsShown) more)") + "\n"
    }
    return text
  }

  /// `file:line:col`, leaving out what is unknown (line or column 0).
  static func location(of finding: Finding) -> String {
    var text = finding.file.isEmpty ? "(skill)" : TerminalText.clean(finding.file)
    if finding.line > 0 {
      text += ":\(finding.line)"
      if finding.column > 0 { text += ":\(finding.column)" }
    }
    return text
  }
}

/// Renders a finished report as text (see ``TextReportWriter``).
public struct TextReporter: Reporter {
  /// Presentation choices.
  public var options: ReportOptions

  /// Creates the reporter.
  public init(options: ReportOptions = ReportOptions()) {
    self.options = options
  }

  public func render(_ report: ScanReport) throws -> Data {
    var writer = TextReportWriter(output: DataOutput(), options: options)
    try writer.write(report: report)
    return writer.output.data
  }
}
