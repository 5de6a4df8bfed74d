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
  let threshold: FailThreshold
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
      output: output, options: ReportOptions(useColor: options.useColor, onlyFlagged: quiet))
    var summary = ScanSummary.empty
    var reached = false
    var shadowing = ShadowingDetector()
    let quiet = self.quiet
    let threshold = self.threshold
    try writer.begin(tool: SkillScan.Scanner.tool)
    try await scanner.scan(targets.sources) { result in
      var result = result
      if let root = targets.root(of: result.path) {
        for clash in shadowing.observe(name: result.name, path: result.path, root: root) {
          if !quiet { StandardError.write("skillscan: note: \(clash.message)") }
          result.findings.append(clash.finding)
        }
        result.findings.sort(by: Finding.reportOrder)
      }
      summary.add(result)
      reached = reached || threshold.isReached(by: result)
      if let timings = scanner.timings {
        try timings.measure(.report) { try writer.write(skill: result) }
      } else {
        try writer.write(skill: result)
      }
    }
    try writer.end(summary: summary)
    return reached
  }
}
