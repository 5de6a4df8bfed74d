import ArgumentParser
import Foundation

/// Notes and errors for people, kept off standard output so reports can be piped.
enum StandardError {
  static func write(_ message: String) {
    guard !message.isEmpty else { return }
    let line = message.hasSuffix("\n") ? message : message + "\n"
    FileHandle.standardError.write(Data(line.utf8))
  }

  /// Prints `skillscan: error: …` and returns the usage exit code to throw.
  static func fail(_ message: String) -> ExitCode {
    write("skillscan: error: \(message)")
    return ExitStatus.usage.exitCode
  }
}
