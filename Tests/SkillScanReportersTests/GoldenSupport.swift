import Foundation
import SkillScan
import SkillScanCore
import SkillScanReporters
import Testing

/// Scans `Examples/skills` once through the real façade and compares rendered reports with
/// the files under `Golden/`. `SKILLSCAN_UPDATE_GOLDEN=1` rewrites them instead.
enum GoldenSupport {
  static var goldenDirectory: URL {
    SchemaSupport.packageRoot.appendingPathComponent("Tests/SkillScanReportersTests/Golden")
  }

  static var updating: Bool { ProcessInfo.processInfo.environment["SKILLSCAN_UPDATE_GOLDEN"] == "1" }

  /// The options every golden uses: rule descriptors from the catalog, paths relative to
  /// the package root.
  static var options: ReportOptions {
    ReportOptions(rules: RuleCatalog.reportRuleInfo, sourceRoot: SchemaSupport.packageRoot.path)
  }

  /// The examples scanned once per test process (scanning is deterministic, so sharing it
  /// only saves time).
  static let examples = Task { try await scan(SchemaSupport.packageRoot.appendingPathComponent("Examples/skills")) }

  /// Scans `folder` and makes skill paths relative to the package root, so reports do not
  /// depend on where the checkout lives.
  static func scan(_ folder: URL) async throws -> ScanReport {
    let scanner = Scanner(configuration: ScanConfiguration())
    let root = SchemaSupport.packageRoot.path + "/"
    var skills: [SkillResult] = []
    try await scanner.scan(try scanner.locate([folder.path])) { result in
      var result = result
      if result.path.hasPrefix(root) { result.path.removeFirst(root.count) }
      result.errors = result.errors.map { $0.replacingOccurrences(of: root, with: "") }
      skills.append(result)
    }
    return ScanReport(tool: Scanner.tool, skills: skills)
  }

  /// Compares `data` with `Golden/<name>`, or records it when updating.
  static func check(_ data: Data, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = goldenDirectory.appendingPathComponent(name)
    if updating {
      try FileManager.default.createDirectory(at: goldenDirectory, withIntermediateDirectories: true)
      try data.write(to: url)
      return
    }
    guard let expected = FileManager.default.contents(atPath: url.path) else {
      Issue.record("missing golden \(name); run with SKILLSCAN_UPDATE_GOLDEN=1 to record it", sourceLocation: sourceLocation)
      return
    }
    if expected == data { return }
    Issue.record(Comment(rawValue: firstDifference(expected: expected, actual: data, name: name)), sourceLocation: sourceLocation)
  }

  /// A readable description of the first line where two outputs differ.
  static func firstDifference(expected: Data, actual: Data, name: String) -> String {
    let old = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    let new = String(decoding: actual, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    let line = (0..<min(old.count, new.count)).first { old[$0] != new[$0] } ?? min(old.count, new.count)
    let want = line < old.count ? String(old[line]) : "<end of file>"
    let got = line < new.count ? String(new[line]) : "<end of file>"
    return """
      \(name) differs from the golden file at line \(line + 1) \
      (golden \(old.count) lines, output \(new.count) lines):
        golden: \(want)
        output: \(got)
      Re-record with SKILLSCAN_UPDATE_GOLDEN=1 if the change is intended.
      """
  }
}
