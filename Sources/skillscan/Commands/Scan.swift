import ArgumentParser
import Foundation
import SkillScan

extension SkillScanCommand {
  /// `skillscan scan`: scan paths, or every installed skill when none is given.
  struct Scan: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Scan skills and report findings and a verdict per skill.",
      discussion: """
        PATH may be a skill folder, a folder of skills, a .zip/.skill archive or a SKILL.md \
        file. With no PATH, the skills installed in every known agent root are scanned \
        (see 'skillscan discover'); the roots found are listed on standard error.

        --fail-on malicious|suspicious compares verdicts; critical|high|medium|low compares \
        the most severe unsuppressed finding; none never fails. Default: malicious.
        Exit codes: 0 clean, 1 threshold reached, 2 usage error or unreadable input.
        """)

    @Argument(help: ArgumentHelp("Skills to scan (default: installed skills).", valueName: "path"))
    var paths: [String] = []

    @OptionGroup var output: OutputOptions
    @OptionGroup var scan: ScanOptions

    @Option(help: "Exit with status 1 when a skill reaches this verdict or severity.")
    var failOn: FailThreshold = .malicious

    @Flag(name: .shortAndLong, help: "No notes on standard error; text lists only flagged skills.")
    var quiet = false

    func run() async throws {
      let scanner = SkillScan.Scanner(configuration: scan.configuration)
      let targets = paths.isEmpty ? ScanTargets.discovered(using: scanner, quiet: quiet)
        : try ScanTargets.given(paths, using: scanner)
      var session = ScanSession(
        scanner: scanner, format: output.format, threshold: failOn, quiet: quiet,
        options: output)
      if try await session.run(targets) { throw ExitStatus.thresholdReached.exitCode }
    }
  }
}
