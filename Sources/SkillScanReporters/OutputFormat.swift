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

  /// A streaming writer for this format.
  /// - Parameters:
  ///   - output: where the bytes go.
  ///   - options: presentation choices (ignored by machine formats).
  /// - Returns: a writer to drive with `begin`, `write(skill:)`, `end`.
  public func makeWriter<Output: ReportOutput>(
    output: Output, options: ReportOptions = ReportOptions()
  ) -> any ReportWriter {
    switch self {
    case .text: TextReportWriter(output: output, options: options)
    case .json: JSONReportWriter(output: output)
    }
  }

  /// A one-shot reporter for this format.
  /// - Parameter options: presentation choices (ignored by machine formats).
  /// - Returns: a reporter that renders a finished ``ScanReport``.
  public func makeReporter(options: ReportOptions = ReportOptions()) -> any Reporter {
    switch self {
    case .text: TextReporter(options: options)
    case .json: JSONReporter()
    }
  }
}
