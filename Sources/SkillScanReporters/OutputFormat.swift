import SkillScanCore

/// The report formats SkillScan can write, shared by the CLI and a future server.
///
/// Adding a format means adding a case and its two factory lines below; the compiler then
/// points at every switch that must learn about it. The CLI derives `--format` values and
/// help from ``allCases``.
public enum OutputFormat: String, Sendable, CaseIterable {
  /// Human-readable, grouped by skill and file.
  case text
  /// The report model as sorted, pretty-printed JSON (see `Schemas/report.schema.json`).
  case json
  /// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers (see docs/REPORTS.md).
  case sarif
  /// A GitHub-flavoured Markdown summary that fits a pull-request comment.
  case markdown
  /// One self-contained HTML page with a summary chart; no scripts, no external assets.
  case html

  /// A streaming writer for this format.
  /// - Parameters:
  ///   - output: where the bytes go.
  ///   - options: presentation choices; SARIF reads the rule descriptors and source root.
  /// - Returns: a writer to drive with `begin`, `write(skill:)`, `end`.
  public func makeWriter<Output: ReportOutput>(
    output: Output, options: ReportOptions = ReportOptions()
  ) -> any ReportWriter {
    switch self {
    case .text: TextReportWriter(output: output, options: options)
    case .json: JSONReportWriter(output: output)
    case .sarif: SARIFReportWriter(output: output, options: options)
    case .markdown: MarkdownReportWriter(output: output, options: options)
    case .html: HTMLReportWriter(output: output, options: options)
    }
  }

  /// A one-shot reporter for this format.
  /// - Parameter options: presentation choices (ignored by machine formats).
  /// - Returns: a reporter that renders a finished ``ScanReport``.
  public func makeReporter(options: ReportOptions = ReportOptions()) -> any Reporter {
    switch self {
    case .text: TextReporter(options: options)
    case .json: JSONReporter()
    case .sarif: SARIFReporter(options: options)
    case .markdown: MarkdownReporter(options: options)
    case .html: HTMLReporter(options: options)
    }
  }
}
