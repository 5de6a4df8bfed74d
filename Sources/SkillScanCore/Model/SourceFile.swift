/// The places in a skill's real file that a derived file's lines were taken from.
///
/// Commands that something other than the agent runs are often written inside another
/// format: a `package.json` install hook (`"postinstall": "node -e \"…\""`), a launchd
/// plist's `ProgramArguments`, a systemd unit's `ExecStart=` line (in a unit file, or in a
/// string a script writes out). Extracted (and decoded) they are scanned as a shell script
/// of their own, and each finding is reported at the line of the real file it came from,
/// where a reviewer can find and fix it.
public struct SourceOrigin: Sendable, Hashable {
  /// The real file's path, relative to the skill root.
  public let path: String
  /// For each line of the derived text, the 1-based line and column where it starts in the
  /// real file (a JSON string is one line there, whatever it decodes to).
  public let lines: [Int]
  public let columns: [Int]
  /// Whether the commands run with no model or user in the loop (install hooks, services).
  public let runsUnattended: Bool

  public init(path: String, lines: [Int], columns: [Int], runsUnattended: Bool) {
    self.path = path
    self.lines = lines
    self.columns = columns
    self.runsUnattended = runsUnattended
  }

  /// The real file's line and column for a 1-based position in the derived text.
  public func place(line: Int, column: Int) -> (line: Int, column: Int) {
    guard !lines.isEmpty else { return (1, 1) }
    let k = min(max(line, 1), lines.count) - 1
    return (lines[k], (k < columns.count ? columns[k] : 1) + column - 1)
  }
}

/// One file of a skill, read in full.
///
/// The bytes are kept as loaded: lexers and rules work on UTF-8 bytes, and invalid sequences
/// are only replaced when text is shown to a person. `lines` is computed once so that every
/// finding can map a byte offset to a line and column cheaply.
public struct SourceFile: Sendable {
  /// Path relative to the skill root, `/`-separated.
  public let path: String
  /// The whole content.
  public let bytes: [UInt8]
  public let kind: FileKind
  public let language: Language
  /// Whether the content is not valid UTF-8 (decoded lossily for display).
  public let hasInvalidUTF8: Bool
  /// Line index over ``bytes``.
  public let lines: LineIndex
  /// The file name without directories.
  public let name: String
  /// Whether the file sits in a test, fixture or example folder (§2.2 fixture context).
  /// Computed once: rules and the engine ask for it per finding.
  public let isFixturePath: Bool
  /// Where a file derived from another one came from (a `package.json` install script is a
  /// shell script of its own); nil for files read from disk.
  public let origin: SourceOrigin?

  public init(path: String, bytes: [UInt8], kind: FileKind, language: Language, origin: SourceOrigin? = nil) {
    self.path = path
    self.origin = origin
    self.bytes = bytes
    self.kind = kind
    self.language = language
    self.hasInvalidUTF8 = kind != .binary && !UTF8Validation.isValid(bytes)
    self.lines = LineIndex(bytes)
    let parts = path.split(separator: "/")
    self.name = parts.last.map(String.init) ?? path
    self.isFixturePath = parts.dropLast().contains { Self.isFixtureFolder(Substring($0.lowercased())) }
  }

  /// Folder names whose files are test fixtures or examples unless referenced.
  static let fixtureFolders: Set<String> = [
    "test", "tests", "fixtures", "fixture", "testdata", "__tests__", "spec", "examples",
    "example", "samples", "test_samples", "test-samples", "test_data", "test-data",
  ]

  /// Words that make a compound folder name a test folder (`test-fixtures`,
  /// `test_malicious_skill`, `unit-tests`).
  static let fixtureWords: Set<Substring> = ["test", "tests", "fixture", "fixtures", "testdata", "mock", "mocks"]

  /// Whether a lower-cased folder name is a test, fixture or example folder: one of
  /// ``fixtureFolders``, or a compound of words joined by `-`, `_` or `.` with a word of
  /// ``fixtureWords``.
  static func isFixtureFolder(_ name: Substring) -> Bool {
    if fixtureFolders.contains(String(name)) { return true }
    let words = name.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "." })
    return words.count > 1 && words.contains { fixtureWords.contains($0) }
  }

  /// Lower-cased file name, for comparisons.
  public var lowercasedName: String { name.lowercased() }

  /// Text for display, with invalid UTF-8 replaced by U+FFFD.
  public func text(_ range: Range<Int>) -> String {
    let lower = max(0, min(range.lowerBound, bytes.count))
    let upper = max(lower, min(range.upperBound, bytes.count))
    return String(decoding: bytes[lower..<upper], as: UTF8.self)
  }
}
