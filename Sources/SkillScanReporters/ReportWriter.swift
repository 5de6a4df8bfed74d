public import Foundation
public import SkillScanCore

/// Renders a report incrementally: a header, one skill at a time, then the summary.
///
/// The CLI drives a writer from ``Scanner``'s ordered `emit` callback, so output streams as
/// skills finish and memory stays flat however large the scan. Calls must come in the order
/// `begin`, any number of `write(skill:)`, `end`; formats that need the whole report (for
/// example a future HTML page) may buffer internally.
public protocol ReportWriter {
  /// Writes what precedes the first skill.
  /// - Throws: when the output cannot be written.
  mutating func begin(tool: ToolInfo) throws
  /// Writes one skill's result.
  /// - Throws: when the result cannot be encoded or the output cannot be written.
  mutating func write(skill: SkillResult) throws
  /// Writes the totals and flushes the output.
  /// - Throws: when the output cannot be written.
  mutating func end(summary: ScanSummary) throws
}

extension ReportWriter {
  /// Writes a complete report in one go.
  /// - Throws: what the writer's steps throw.
  public mutating func write(report: ScanReport) throws {
    try begin(tool: report.tool)
    for skill in report.skills { try write(skill: skill) }
    try end(summary: report.summary)
  }
}

/// Renders a finished report to bytes in one call.
///
/// The convenient form for embedders and tests; every reporter is built on the matching
/// ``ReportWriter`` so the streamed and one-shot outputs are byte-identical.
public protocol Reporter: Sendable {
  /// Renders `report` in this reporter's format.
  /// - Throws: when a value cannot be encoded.
  func render(_ report: ScanReport) throws -> Data
}

/// Presentation choices shared by the formats that have any.
public struct ReportOptions: Sendable, Hashable {
  /// Whether text output may contain ANSI colour codes; the caller decides (TTY, `NO_COLOR`).
  public var useColor: Bool
  /// Whether text output lists only skills that are not safe or had errors (the summary
  /// still counts everything). Machine formats always list every skill.
  public var onlyFlagged: Bool

  /// Rule descriptors by ID, for SARIF `tool.driver.rules` and report titles; empty means
  /// the reporters describe rules from the findings alone.
  public var rules: [RuleID: ReportRuleInfo]
  /// The directory report paths are made relative to (SARIF `%SRCROOT%`); nil means the
  /// current directory. Relative skill paths are used as they are.
  public var sourceRoot: String?

  /// Creates options; the defaults suit files and pipes.
  public init(
    useColor: Bool = false, onlyFlagged: Bool = false, rules: [RuleID: ReportRuleInfo] = [:],
    sourceRoot: String? = nil
  ) {
    self.useColor = useColor
    self.onlyFlagged = onlyFlagged
    self.rules = rules
    self.sourceRoot = sourceRoot
  }
}
