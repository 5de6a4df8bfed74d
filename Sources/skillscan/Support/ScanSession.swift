import Foundation
import SkillScan
import SkillScanCore
import SkillScanReporters

/// Drives one streamed scan: results flow from the scanner to the report writer as each skill
/// finishes (in source order), while the summary, the threshold and shadowing are tracked on
/// the side so nothing but the current result is held in memory.
struct ScanSession {
  let scanner: SkillScan.Scanner
  let format: OutputFormat
  /// `--fail-on` when given; otherwise each skill's config or preset decides.
  let threshold: FailThreshold?
  let quiet: Bool
  let options: OutputOptions

  /// Scans and writes the report.
  /// - Returns: whether any skill reached the threshold.
  /// - Throws: an exit code when the output cannot be opened; write errors.
  mutating func run(_ targets: ScanTargets) async throws -> Bool {
    let handle = try options.openHandle()
    defer { if options.output != nil { try? handle.close() } }
    let output = FileHandleOutput(handle, bufferSize: options.writesToTerminal ? 0 : 64 << 10)
    var writer = format.makeWriter(
      output: output, options: ReportOptions(useColor: options.useColor, onlyFlagged: quiet, rules: RuleCatalog.reportRuleInfo))
    var summary = ScanSummary.empty
    var reached = false
    var shadowing = ShadowingDetector()
    var progress = ProgressLine(total: targets.sources.count, quiet: quiet)
    var done = 0
    let quiet = self.quiet
    let threshold = self.threshold
    let policies = scanner.configuration.policies
    // Human-readable formats; machine formats (json, sarif) always carry every finding.
    let forPeople = ["text", "markdown", "html"].contains(format.rawValue)
    try writer.begin(tool: SkillScan.Scanner.tool)
    try await scanner.scan(targets.sources) { result in
      var result = result
      progress.clear()
      if let root = targets.root(of: result.path) {
        for clash in shadowing.observe(name: result.name, path: result.path, root: root) {
          if !quiet { StandardError.write("skillscan: note: \(clash.message)") }
          result.findings.append(clash.finding)
        }
        result.findings.sort(by: Finding.reportOrder)
      }
      let policy = policies?.policy(forSkillAt: result.path)
      if !quiet {
        for finding in result.findings where finding.ruleID == SuppressionChecks.suppressionExpired.id {
          StandardError.write("skillscan: note: \(result.path): \(finding.message)")
        }
      }
      summary.add(result)
      let effective = threshold ?? policy.flatMap { FailThreshold(rawValue: $0.failOn) } ?? .malicious
      reached = reached || effective.isReached(by: result)
      if forPeople, let floor = policy?.textMinimumSeverity, floor > .info {
        // The permissive preset keeps minor findings out of reports for people; the summary
        // still counts them.
        result.findings.removeAll { $0.severity < floor }
      }
      if let timings = scanner.timings {
        try timings.measure(.report) { try writer.write(skill: result) }
      } else {
        try writer.write(skill: result)
      }
      done += 1
      progress.show(done: done, name: result.name.isEmpty ? result.path : result.name)
    }
    progress.clear()
    try writer.end(summary: summary)
    return reached
  }
}
