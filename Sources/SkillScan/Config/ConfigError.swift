/// Why a `.skillscan.yml` (or a baseline file) could not be used; the CLI exits with status 2.
///
/// A configuration that is silently misread is worse than none: a typo in `suppress` would
/// hide nothing while looking as if it did, and a typo in `fail-on` would weaken CI unnoticed.
/// So every problem names the file, the line when known, and the offending key or value.
public struct ConfigError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The file that was being read.
  public var file: String
  /// 1-based line of the problem; 0 when unknown.
  public var line: Int
  public var message: String

  public init(file: String, line: Int = 0, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  public var description: String {
    line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)"
  }
}
