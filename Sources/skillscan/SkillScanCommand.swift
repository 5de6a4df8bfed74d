import ArgumentParser
import Foundation
import SkillScan

/// The `skillscan` command line: scan skills, list and explain rules, discover installed skills.
///
/// Exit codes (documented in `--help`): 0 nothing at or above `--fail-on`; 1 the threshold was
/// reached; 2 a usage error or unreadable input. ArgumentParser reports usage errors as 64,
/// so ``main()`` maps them to 2.
@main
struct SkillScanCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "skillscan",
    abstract: "Static security scanner for AI agent skills (SKILL.md folders, archives).",
    discussion: """
      With no subcommand, runs 'scan'. With no path, 'scan' finds the skills installed for \
      Claude Code, Codex, OpenClaw, OpenCode, GitHub Copilot, Cursor and Antigravity in \
      $HOME and in the current project.

      Exit codes: 0 = nothing at or above --fail-on, 1 = threshold reached, \
      2 = usage error, unreadable input or invalid config.

      Shell completions: skillscan --generate-completion-script bash|zsh|fish.
      """,
    version: SkillScanVersion.current,
    subcommands: [
      Scan.self,
      BaselineCommand.self,
      Rules.self,
      Discover.self,
      Eval.self,
    ],
    defaultSubcommand: Scan.self
  )

  /// Parses and runs, mapping ArgumentParser's usage-error code (64) to 2.
  static func main() async {
    do {
      var command = try parseAsRoot()
      if var asyncCommand = command as? any AsyncParsableCommand {
        try await asyncCommand.run()
      } else {
        try command.run()
      }
    } catch {
      let code = exitCode(for: error)
      guard code == .validationFailure else { exit(withError: error) }
      StandardError.write(fullMessage(for: error))
      Foundation.exit(ExitStatus.usage.rawValue)
    }
  }
}

/// The process exit statuses `skillscan` documents.
enum ExitStatus: Int32 {
  /// Nothing at or above the threshold.
  case clean = 0
  /// A skill reached the `--fail-on` threshold.
  case thresholdReached = 1
  /// Bad arguments, an unknown rule ID, or input that does not exist or cannot be read.
  case usage = 2

  var exitCode: ExitCode { ExitCode(rawValue) }
}
