import ArgumentParser
import Foundation
import SkillScan
import SkillScanCore

extension SkillScanCommand {
  /// `skillscan eval`: scores SkillScan's verdicts against a labelled corpus, and gates CI on
  /// a committed accuracy baseline.
  ///
  /// Exit codes: 0 evaluated (and the baseline, if given, holds); 1 the baseline check found
  /// a regression; 2 unreadable or invalid labels or baseline, missing folders, scan errors.
  struct Eval: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "eval",
      abstract: "Score verdicts against a labels.jsonl (precision, recall, FPR, F1).",
      discussion: """
        Each record's folder is the directory named by its id beside the labels file. A folder \
        is flagged when any skill found in it (nested or inside an archive) reaches --flag-at. \
        Positives are labels malicious and vulnerable; vulnerable also gets its own recall \
        line. Rates count each distinct SKILL.md once (by skill_md_sha256); raw per-record \
        counts are shown beside them.
        """)

    /// Output formats of the evaluation report.
    enum Format: String, CaseIterable, ExpressibleByArgument {
      case text, json
    }

    @Option(name: .long, help: "The labels.jsonl file; labelled folders sit beside it.")
    var labels: String

    @Option(
      name: .long,
      help:
        "Break metrics down by a label field: \(EvaluationGrouping.allCases.map(\.rawValue).joined(separator: ", "))."
    )
    var by: String?

    @Option(name: .long, help: "Report format: text or json.")
    var format: Format = .text

    @Option(
      name: .customLong("flag-at"),
      help: "Lowest verdict that counts as flagged: malicious or suspicious.")
    var flagAt: String = Verdict.malicious.rawValue

    @OptionGroup var scanOptions: ScanOptions

    @Option(name: .long, help: "Write the report to this file instead of standard output.")
    var output: String?

    @Option(
      name: .customLong("baseline-check"),
      help: "Fail (exit 1) if overall precision, recall or FPR is worse than this JSON baseline.")
    var baselineCheck: String?

    func validate() throws {
      guard by.map({ EvaluationGrouping(rawValue: $0) != nil }) ?? true else {
        throw ValidationError(
          "--by must be one of \(EvaluationGrouping.allCases.map(\.rawValue).joined(separator: ", "))"
        )
      }
      guard let verdict = Verdict(rawValue: flagAt), verdict != .safe else {
        throw ValidationError("--flag-at must be malicious or suspicious")
      }
    }

    func run() async throws {
      let options = EvaluationOptions(
        flagAt: Verdict(rawValue: flagAt) ?? .malicious,
        groupBy: by.flatMap(EvaluationGrouping.init(rawValue:)))
      let report: EvaluationReport
      let baseline: AccuracyBaseline?
      do {
        baseline = try baselineCheck.map {
          try AccuracyBaseline.load(from: URL(fileURLWithPath: $0))
        }
        let runner = EvaluationRunner(
          scanner: SkillScan.Scanner(configuration: scanOptions.configuration))
        report = try await runner.run(labels: URL(fileURLWithPath: labels), options: options)
        try write(report)
      } catch {
        throw StandardError.fail("eval: \(error)")
      }
      guard let baseline, let baselineCheck else { return }
      let regressions = baseline.regressions(in: report)
      if regressions.isEmpty {
        StandardError.write("accuracy baseline \(baselineCheck): ok")
      } else {
        StandardError.write(
          "accuracy regression against \(baselineCheck):\n"
            + regressions.map { "  - \($0)" }.joined(separator: "\n"))
        throw ExitStatus.thresholdReached.exitCode
      }
    }

    private func write(_ report: EvaluationReport) throws {
      let data =
        format == .json ? try report.jsonData() + Data("\n".utf8) : Data(report.text().utf8)
      if let output {
        try data.write(to: URL(fileURLWithPath: output), options: .atomic)
      } else {
        FileHandle.standardOutput.write(data)
      }
    }
  }
}
