import Foundation
import SkillScan
import SkillScanCore
import Testing

@Suite("Evaluation runner over folders on disk")
struct EvaluationRunnerTests {
  /// A throwaway corpus: `plain__one` (SKILL.md at the top) and `nested__two` (only
  /// `tools/inner/SKILL.md`), with a labels file beside them.
  func makeCorpus(labels: [String]) throws -> URL {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("skillscan-eval-\(UUID().uuidString)")
    let skill =
      "---\nname: NAME\ndescription: Formats dates in ISO 8601.\n---\n\n# Dates\n\nFormat the date the user gives.\n"
    for (folder, inner, name) in [
      ("plain__one", "", "one"), ("nested__two", "tools/inner", "inner"),
    ] {
      let dir = root.appendingPathComponent(folder).appendingPathComponent(inner)
      try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
      try Data(skill.replacingOccurrences(of: "NAME", with: name).utf8)
        .write(to: dir.appendingPathComponent("SKILL.md"))
    }
    let lines = labels.map { #"{"id": "\#($0)", "label": "benign", "provenance": "test"}"# }
    try Data(lines.joined(separator: "\n").utf8).write(
      to: root.appendingPathComponent("labels.jsonl"))
    return root
  }

  @Test("every labelled folder gets a verdict, a nested-only skill included")
  func scansEveryFolder() async throws {
    let root = try makeCorpus(labels: ["plain__one", "nested__two"])
    defer { try? FileManager.default.removeItem(at: root) }
    let runner = EvaluationRunner(scanner: Scanner(configuration: ScanConfiguration(jobs: 2)))
    let verdicts = try await runner.scan(["plain__one", "nested__two"], under: root)
    #expect(Set(verdicts.keys) == ["plain__one", "nested__two"])
    let report = try await runner.run(
      labels: root.appendingPathComponent("labels.jsonl"), options: EvaluationOptions())
    #expect(report.unscanned.isEmpty)
    #expect(report.overall.raw.negatives == 2)
  }

  @Test("missing folders are listed before anything is scanned")
  func missingFolders() async throws {
    let root = try makeCorpus(labels: ["plain__one", "gone__b", "gone__a"])
    defer { try? FileManager.default.removeItem(at: root) }
    await #expect(throws: EvaluationError.missingFolders(["gone__a", "gone__b"])) {
      try await EvaluationRunner().run(
        labels: root.appendingPathComponent("labels.jsonl"), options: EvaluationOptions())
    }
  }
}
