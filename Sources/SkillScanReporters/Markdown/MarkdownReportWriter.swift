public import Foundation
public import SkillScanCore

/// Writes a Markdown summary sized for a GitHub pull-request comment.
///
/// The verdict table comes first but is only known at the end, so skill sections are kept
/// until then; they stop being kept once the comment budget (GitHub's 65,536 characters,
/// counted in UTF-16 units as GitHub does) is spent, so memory stays bounded on any scan and
/// the report says explicitly what it left out. Safe skills fold into one `<details>` list.
public struct MarkdownReportWriter<Output: ReportOutput>: ReportWriter {
  /// The destination; read it back from a ``DataOutput`` after `end(summary:)`.
  public private(set) var output: Output
  private let options: ReportOptions
  private let paths: ReportPaths
  private let budget: Int
  private var tool = ToolInfo(name: "skillscan", version: "unknown")
  private var sections: [String] = []
  private var used = 0
  private var truncated = false
  private var skillsLeftOut = 0
  private var findingsLeftOut = 0
  private var safeLines: [String] = []
  private var safeLeftOut = 0

  /// GitHub's limit on a comment body.
  public static var commentLimit: Int { 65_536 }
  /// Room kept for the title, the summary table, the truncation note and the safe list header.
  static var reserved: Int { 2_500 }

  /// Creates a writer.
  /// - Parameters:
  ///   - output: where the bytes go.
  ///   - options: `onlyFlagged` leaves out the list of safe skills.
  ///   - maxLength: the most UTF-16 units to write; GitHub's comment limit by default.
  public init(output: Output, options: ReportOptions = ReportOptions(), maxLength: Int = Self.commentLimit) {
    self.output = output
    self.options = options
    self.paths = ReportPaths(sourceRoot: options.sourceRoot)
    self.budget = max(0, maxLength - Self.reserved)
  }

  public mutating func begin(tool: ToolInfo) throws {
    self.tool = tool
  }

  public mutating func write(skill: SkillResult) throws {
    guard skill.isFlagged else {
      if options.onlyFlagged { return }
      let name = skill.name.isEmpty ? "" : " (\(MarkdownText.escape(skill.name)))"
      let line = "- " + MarkdownText.code(paths.relative(skill.path)) + name
      if truncated || !take(line) { safeLeftOut += 1 } else { safeLines.append(line) }
      return
    }
    guard !truncated else { return leaveOut(skill, findings: skill.findings.count) }
    let lines = MarkdownSkillSection(skill: skill, paths: paths, rules: options.rules).lines()
    let tableStart = lines.firstIndex { $0.hasPrefix("| Severity") } ?? lines.count
    for (index, line) in lines.enumerated() {
      guard take(line) else {
        truncated = true
        if index <= tableStart + 1 {
          sections.removeLast(index)
          return leaveOut(skill, findings: skill.findings.count)
        }
        let shown = index - tableStart - 2
        sections.append("| … | | | *\(skill.findings.count - shown) more findings not shown* |")
        sections.append("")
        findingsLeftOut += skill.findings.count - shown
        return
      }
      sections.append(line)
    }
  }

  public mutating func end(summary: ScanSummary) throws {
    var text = "## SkillScan report\n\n"
    text += "\(MarkdownText.escape(tool.name)) \(MarkdownText.escape(tool.version)) scanned "
      + "\(summary.skills) skill\(summary.skills == 1 ? "" : "s") (\(summary.filesScanned) files).\n\n"
    text += "| Verdict | Skills |\n|---|---:|\n"
    text += "| 🔴 Malicious | \(summary.malicious) |\n| 🟠 Suspicious | \(summary.suspicious) |\n"
    text += "| 🟢 Safe | \(summary.safe) |\n\n"
    let severities = Severity.allCases.reversed().map { "\($0.rawValue) \(summary.bySeverity[$0.rawValue] ?? 0)" }
    text += "**\(summary.findings) active findings** (\(severities.joined(separator: " · ")))"
      + " · \(summary.suppressed) suppressed · \(summary.errors) errors\n\n"
    if skillsLeftOut > 0 || findingsLeftOut > 0 || safeLeftOut > 0 {
      text += "> [!WARNING]\n> Truncated to fit a GitHub comment (\(Self.commentLimit) characters): "
        + "\(skillsLeftOut) flagged skill\(skillsLeftOut == 1 ? "" : "s") and \(findingsLeftOut) findings"
        + " not shown\(safeLeftOut > 0 ? ", \(safeLeftOut) safe skills not listed" : ""). "
        + "Run with `--format html` or `--format json` for the full report.\n\n"
    }
    try output.write(text)
    if !sections.isEmpty { try output.write(sections.joined(separator: "\n") + "\n") }
    if !safeLines.isEmpty || safeLeftOut > 0 {
      var safe = "<details><summary>\(summary.safe) safe skill\(summary.safe == 1 ? "" : "s")</summary>\n\n"
      safe += safeLines.joined(separator: "\n") + "\n"
      if safeLeftOut > 0 { safe += "- *… \(safeLeftOut) more*\n" }
      try output.write(safe + "\n</details>\n")
    }
    try output.flush()
  }

  /// Counts `line` against the budget; false when it does not fit.
  private mutating func take(_ line: String) -> Bool {
    let cost = line.utf16.count + 1
    guard used + cost <= budget else { return false }
    used += cost
    return true
  }

  private mutating func leaveOut(_ skill: SkillResult, findings: Int) {
    skillsLeftOut += 1
    findingsLeftOut += findings
  }
}

/// Renders a finished report as Markdown (see ``MarkdownReportWriter``).
public struct MarkdownReporter: Reporter {
  public var options: ReportOptions
  /// The most UTF-16 units to write.
  public var maxLength: Int

  /// Creates the reporter.
  public init(options: ReportOptions = ReportOptions(), maxLength: Int = 65_536) {
    self.options = options
    self.maxLength = maxLength
  }

  public func render(_ report: ScanReport) throws -> Data {
    var writer = MarkdownReportWriter(output: DataOutput(), options: options, maxLength: maxLength)
    try writer.write(report: report)
    return writer.output.data
  }
}
