import ArgumentParser
import Foundation
import SkillScanReporters

/// Where and how a report is written.
struct OutputOptions: ParsableArguments {
  @Option(name: .shortAndLong, help: "Report format.")
  var format: OutputFormat = .text

  @Option(name: .shortAndLong, help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "file"))
  var output: String?

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

  /// Colour only for text on a terminal, and never when `NO_COLOR` is set (no-color.org).
  var useColor: Bool {
    let noColor = ProcessInfo.processInfo.environment["NO_COLOR"] ?? ""
    return format == .text && writesToTerminal && noColor.isEmpty
  }
}
