import SkillScan
import SkillScanCore

/// A skill built from files written in a test, scanned by the full pipeline (loader
/// findings aside) with the rules the test names: what a behaviour test asserts on.
protocol SkillFixtureScanning {}

extension SkillFixtureScanning {
  typealias File = (path: String, text: String, kind: FileKind, language: Language)

  /// The findings of `rules` on a skill made of `files`, after reachability, folding and
  /// the verdict stage's adjustments, on one thread.
  func scan(_ files: [File], rules: [any Rule]) -> [Finding] {
    let sources = files.map { SourceFile(path: $0.path, bytes: Array($0.text.utf8), kind: $0.kind, language: $0.language) }
    return Scanner(configuration: ScanConfiguration(jobs: 1), rules: rules).judge(SkillBundle(path: "s", files: sources)).findings
  }
}
