public import Foundation
public import SkillScanCore

/// Writes one SARIF 2.1.0 run shaped for GitHub code scanning (see docs/REPORTS.md).
///
/// `tool.driver.rules` must be complete before the results that index into it are read, and
/// over-limit results must be dropped by severity, so results are encoded as each skill
/// arrives and held as bytes until `end`: memory grows with the findings, not the skills.
public struct SARIFReportWriter<Output: ReportOutput>: ReportWriter {
  /// The destination; read it back from a ``DataOutput`` after `end(summary:)`.
  public private(set) var output: Output
  private let options: ReportOptions
  private let limits: SARIFLimits
  private let paths: ReportPaths
  private let encoder = ReportJSON.makeEncoder()
  private var tool = ToolInfo(name: "skillscan", version: "unknown")
  private var rules: SARIFRuleTable
  private var results: [(priority: Int, json: Data)] = []
  private var notifications: [SARIF.Notification] = []
  private var unlistedNotifications = 0

  /// The key of SkillScan's fingerprint in `partialFingerprints`.
  public static var fingerprintKey: String { SARIFMapping.fingerprintKey }
  /// Where a SARIF consumer can read about the tool.
  public static var informationURI: String { "https://github.com/skillscan/skillscan" }

  /// Creates a writer.
  /// - Parameters:
  ///   - output: where the bytes go.
  ///   - options: ``ReportOptions/rules`` describes rules, ``ReportOptions/sourceRoot``
  ///     anchors `%SRCROOT%`.
  ///   - limits: caps on the run; GitHub's by default.
  public init(output: Output, options: ReportOptions = ReportOptions(), limits: SARIFLimits = .github) {
    self.output = output
    self.options = options
    self.limits = limits
    self.paths = ReportPaths(sourceRoot: options.sourceRoot)
    self.rules = SARIFRuleTable(catalog: options.rules)
  }

  public mutating func begin(tool: ToolInfo) throws {
    self.tool = tool
  }

  public mutating func write(skill: SkillResult) throws {
    let builder = SARIFResultBuilder(skill: skill, paths: paths)
    if let (id, severity) = SARIFMapping.verdictRule(skill.verdict) {
      let index = rules.index(verdictRule: id, severity: severity)
      try buffer(builder.verdictResult(ruleID: id, ruleIndex: index, severity: severity), priority: 100 + severity.rank)
    }
    for (finding, fingerprint) in zip(skill.findings, Finding.fingerprints(of: skill.findings)) {
      let index = rules.index(for: finding)
      let priority = (finding.isActive ? 50 : 0) + finding.severity.rank
      try buffer(builder.result(finding, fingerprint: fingerprint, ruleIndex: index), priority: priority)
    }
    for error in skill.errors {
      notify("warning", "\(paths.relative(skill.path)): \(error)")
    }
  }

  public mutating func end(summary: ScanSummary) throws {
    let kept = keptResults()
    let dropped = results.count - kept.count
    if dropped > 0 {
      notifications.insert(
        SARIF.Notification(
          level: "error",
          message: SARIF.Message(
            text: "SARIF output truncated: \(dropped) of \(results.count) results left out to stay within "
              + "GitHub's limits (\(limits.maxResults) results, \(limits.maxResultBytes) bytes); the most "
              + "severe were kept. Use --format json for the complete report.")), at: 0)
    }
    if unlistedNotifications > 0 {
      notifications.append(
        SARIF.Notification(level: "warning", message: SARIF.Message(text: "\(unlistedNotifications) more skill errors not listed")))
    }
    try output.write("{\n  \"$schema\" : \"https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json\",\n")
    try output.write("  \"runs\" : [\n    {\n      \"columnKind\" : \"unicodeCodePoints\",\n")
    let invocation = SARIF.Invocation(executionSuccessful: true, toolExecutionNotifications: notifications.isEmpty ? nil : notifications)
    try field("invocations", [invocation])
    let properties = SARIF.RunProperties(
      skills: summary.skills, malicious: summary.malicious, suspicious: summary.suspicious, safe: summary.safe,
      findings: summary.findings, suppressed: summary.suppressed, errors: summary.errors)
    try field("properties", properties)
    try output.write("      \"results\" : [")
    for (offset, json) in kept.enumerated() {
      try output.write(offset == 0 ? "\n" : ",\n")
      try output.write(ReportJSON.indented(json, by: 8, includingFirstLine: true))
    }
    try output.write(kept.isEmpty ? "],\n" : "\n      ],\n")
    let driver = SARIF.Driver(
      name: tool.name, version: tool.version, semanticVersion: Self.semanticVersion(tool.version),
      informationUri: Self.informationURI, rules: rules.descriptors())
    try output.write("      \"tool\" : ")
    try output.write(ReportJSON.indented(try encoder.encode(SARIF.Tool(driver: driver)), by: 6, includingFirstLine: false))
    try output.write("\n    }\n  ],\n  \"version\" : \"2.1.0\"\n}\n")
    try output.flush()
  }

  private mutating func buffer(_ result: SARIF.Result, priority: Int) throws {
    results.append((priority, try encoder.encode(result)))
  }

  private mutating func notify(_ level: String, _ text: String) {
    guard notifications.count < limits.maxNotifications else {
      unlistedNotifications += 1
      return
    }
    notifications.append(SARIF.Notification(level: level, message: SARIF.Message(text: text)))
  }

  private mutating func field(_ name: String, _ value: some Encodable) throws {
    try output.write("      \"\(name)\" : ")
    try output.write(ReportJSON.indented(try encoder.encode(value), by: 6, includingFirstLine: false))
    try output.write(",\n")
  }

  /// The results that fit the limits, most severe first when choosing, in report order.
  private func keptResults() -> [Data] {
    let totalBytes = results.reduce(0) { $0 + $1.json.count }
    guard results.count > limits.maxResults || totalBytes > limits.maxResultBytes else {
      return results.map(\.json)
    }
    let ranked = results.indices.sorted { a, b in
      results[a].priority != results[b].priority ? results[a].priority > results[b].priority : a < b
    }
    var keep = Set<Int>()
    var bytes = 0
    for index in ranked where keep.count < limits.maxResults {
      let size = results[index].json.count + 16
      if bytes + size > limits.maxResultBytes { continue }
      bytes += size
      keep.insert(index)
    }
    return results.indices.filter(keep.contains).map { results[$0].json }
  }

  /// `x.y.z` when the version is one, as SARIF's `semanticVersion` requires.
  static func semanticVersion(_ version: String) -> String? {
    let core = version.split(separator: "-", maxSplits: 1).first.map(String.init) ?? version
    let parts = core.split(separator: ".", omittingEmptySubsequences: false)
    return parts.count == 3 && parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) ? version : nil
  }
}

/// Renders a finished report as SARIF (see ``SARIFReportWriter``).
public struct SARIFReporter: Reporter {
  public var options: ReportOptions
  public var limits: SARIFLimits

  /// Creates the reporter.
  public init(options: ReportOptions = ReportOptions(), limits: SARIFLimits = .github) {
    self.options = options
    self.limits = limits
  }

  public func render(_ report: ScanReport) throws -> Data {
    var writer = SARIFReportWriter(output: DataOutput(), options: options, limits: limits)
    try writer.write(report: report)
    return writer.output.data
  }
}
