import ArgumentParser
import Foundation
import SkillScanReporters

/// Where and how a report is written.
struct OutputOptions: ParsableArguments {
  @Option(name: .shortAndLong, help: "Report format.")
  var format: OutputFormat = .text

  @Option(name: .shortAndLong, help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "file"))
  var output: String?

  @Option(help: "Colour text output: auto (terminal and NO_COLOR unset), always or never.")
  var color: ColorChoice = .auto

  /// Opens the destination: the file named by `--output` (created or truncated), else stdout.
  /// - Throws: an exit code 2 after printing why the file cannot be written.
  func openHandle() throws -> FileHandle {
    guard let output else { return FileHandle.standardOutput }
    guard FileManager.default.createFile(atPath: output, contents: nil),
      let handle = FileHandle(forWritingAtPath: output)
    else {
      throw StandardError.fail("cannot write \(output)")
    }
    return handle
  }

  /// Whether writing to a terminal: then text may be coloured and output is not buffered.
  var writesToTerminal: Bool { output == nil && isatty(STDOUT_FILENO) != 0 }

  /// Colour only for text: with `--color auto`, only on a terminal and never when `NO_COLOR`
  /// is set (no-color.org); `--color always` is an explicit request and wins.
  var useColor: Bool {
    guard format == .text else { return false }
    switch color {
    case .always: return true
    case .never: return false
    case .auto:
      let noColor = ProcessInfo.processInfo.environment["NO_COLOR"] ?? ""
      return writesToTerminal && noColor.isEmpty
    }
  }
}
