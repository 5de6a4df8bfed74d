import ArgumentParser
import Foundation
import SkillScan
import SkillScanCore

extension SkillScanCommand {
  /// `skillscan baseline`: record today's active findings so CI fails only on new ones.
  struct BaselineCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "baseline",
      abstract: "Write the fingerprints of every active finding to a baseline file.",
      discussion: """
        Scans like 'skillscan scan' (same config, preset and rule options) and writes each \
        unsuppressed finding's fingerprint, keyed by skill name, with its rule, file and \
        message for reviewers. Then 'skillscan scan --baseline FILE' treats those findings \
        as suppressed (kind baseline): moving the repository or adding lines above a finding \
        keeps it matched; changing its evidence does not. The file is sorted JSON without \
        timestamps, so it diffs cleanly. See docs/CONFIG.md.
        """)

    @Argument(help: ArgumentHelp("Skills to scan (default: installed skills).", valueName: "path"))
    var paths: [String] = []

    @OptionGroup var scan: ScanOptions
    @OptionGroup var settings: ConfigOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("Baseline file to write ('-' for standard output).", valueName: "file"))
    var output = ".skillscan-baseline.json"

    @Flag(name: .shortAndLong, help: "No notes on standard error.")
    var quiet = false

    func run() async throws {
      let locating = SkillScan.Scanner(configuration: scan.configuration)
      let targets = paths.isEmpty ? ScanTargets.discovered(using: locating, quiet: quiet)
        : try ScanTargets.given(paths, using: locating)
      let scanner = try PolicySetup.scanner(for: targets, scan: scan, config: settings, failOn: nil, baseline: nil)
      var results: [SkillResult] = []
      try await scanner.scan(targets.sources) { results.append($0) }
      let baseline = Baseline(tool: SkillScan.Scanner.tool, skills: results)
      let data = try baseline.encoded()
      if output == "-" {
        FileHandle.standardOutput.write(data)
      } else {
        do {
          try data.write(to: URL(fileURLWithPath: output))
        } catch {
          throw StandardError.fail("cannot write \(output): \(error.localizedDescription)")
        }
      }
      if !quiet {
        let count = baseline.findings.count
        let where_ = output == "-" ? "standard output" : output
        StandardError.write(
          "skillscan: baseline of \(count) finding\(count == 1 ? "" : "s") in \(results.count) skill\(results.count == 1 ? "" : "s") written to \(where_)")
      }
    }
  }
}
