import ArgumentParser
import Foundation
import SkillScan

extension SkillScanCommand {
  /// `skillscan scan`: scan paths, or every installed skill when none is given.
  struct Scan: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "scan",  // named, not derived from the type by reflection at start-up
      abstract: "Scan skills and report findings and a verdict per skill.",
      discussion: """
        PATH may be a skill folder, a folder of skills, a .zip/.skill archive or a SKILL.md \
        file. With no PATH, the skills installed in every known agent root are scanned \
        (see 'skillscan discover'); the roots found are listed on standard error.

        Settings come from the .skillscan.yml found by walking up from the folder holding \
        each skill (never inside it) to the repository root, or from --config FILE; flags \
        win over the file, the file over its preset. See docs/CONFIG.md.

        --fail-on malicious|suspicious compares verdicts; critical|high|medium|low compares \
        the most severe unsuppressed finding; none never fails. Default: the config's \
        fail-on, else the preset's (malicious; suspicious for strict).
        Exit codes: 0 clean, 1 threshold reached, 2 usage error, unreadable input or bad config.
        """)

    @Argument(help: ArgumentHelp("Skills to scan (default: installed skills).", valueName: "path"))
    var paths: [String] = []

    @OptionGroup var output: OutputOptions
    @OptionGroup var scan: ScanOptions
    @OptionGroup var settings: ConfigOptions

    @Option(help: "Exit with status 1 when a skill reaches this verdict or severity (default: from config or preset).")
    var failOn: FailThreshold?

    @Option(
      help: ArgumentHelp(
        "Treat findings recorded in this baseline (from 'skillscan baseline') as suppressed.",
        valueName: "file"))
    var baseline: String?

    @Flag(name: .shortAndLong, help: "No notes or progress on standard error; text lists only flagged skills.")
    var quiet = false

    @Option(
      help: ArgumentHelp(
        "Write seconds per pipeline stage and per rule (summed over workers) and the slowest files as JSON to this file.",
        valueName: "file"))
    var timings: String?

    func run() async throws {
      let locating = SkillScan.Scanner(configuration: scan.configuration)
      let targets = paths.isEmpty ? ScanTargets.discovered(using: locating, quiet: quiet)
        : try ScanTargets.given(paths, using: locating)
      var scanner = try PolicySetup.scanner(
        for: targets, scan: scan, config: settings, failOn: failOn, baseline: baseline)
      let stageTimings = timings.map { _ in StageTimings() }
      scanner.timings = stageTimings
      var session = ScanSession(
        scanner: scanner, format: output.format, threshold: failOn, quiet: quiet,
        options: output)
      let reached = try await session.run(targets)
      if let path = timings, let stageTimings {
        let data = try JSONSerialization.data(
          withJSONObject: stageTimings.report, options: [.sortedKeys, .prettyPrinted])
        try data.write(to: URL(fileURLWithPath: path))
      }
      if reached { throw ExitStatus.thresholdReached.exitCode }
    }
  }
}
