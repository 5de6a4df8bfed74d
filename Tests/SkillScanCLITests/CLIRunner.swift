import Foundation

/// Runs the built `skillscan` executable and captures its output and exit status.
///
/// The binary is looked up, in order: `$SKILLSCAN_BIN`; next to the running test bundle
/// (SwiftPM puts products and the test bundle in the same folder, whatever `--scratch-path`
/// is); then the newest `.build*/debug/skillscan` under the package root.
enum CLIRunner {
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
    var stdoutData: Data
  }

  static let binary: URL? = locate()

  private static func locate() -> URL? {
    let fm = FileManager.default
    if let path = ProcessInfo.processInfo.environment["SKILLSCAN_BIN"], fm.isExecutableFile(atPath: path) {
      return URL(fileURLWithPath: path)
    }
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    for _ in 0..<4 {
      folder.deleteLastPathComponent()
      let candidate = folder.appendingPathComponent("skillscan")
      if fm.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    let root = packageRoot
    let scratch = (try? fm.contentsOfDirectory(atPath: root.path))?.filter { $0.hasPrefix(".build") } ?? []
    let candidates = scratch.map { root.appendingPathComponent("\($0)/debug/skillscan") }
      .filter { fm.isExecutableFile(atPath: $0.path) }
    func modified(_ url: URL) -> Date {
      (try? fm.attributesOfItem(atPath: url.path)[.modificationDate] as? Date) ?? .distantPast
    }
    return candidates.max { modified($0) < modified($1) }
  }

  static var packageRoot: URL {
    var url = URL(fileURLWithPath: #filePath)
    while url.path != "/" {
      url.deleteLastPathComponent()
      if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
    }
    return url
  }

  /// A minimal, predictable environment: no inherited `CODEX_HOME`, `XDG_CONFIG_HOME` or
  /// `NO_COLOR`, and `HOME` pointing where the test says.
  static func environment(home: URL) -> [String: String] {
    ["HOME": home.path, "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
  }

  /// Runs `skillscan` with `arguments`; `extra` adds to the minimal environment.
  /// - Throws: when the binary is missing or cannot be started.
  static func run(
    _ arguments: [String], cwd: URL? = nil, home: URL? = nil, environment extra: [String: String] = [:]
  ) throws -> Result {
    guard let binary else { throw CLITestError("skillscan binary not found; build the package first or set SKILLSCAN_BIN") }
    let scratch = try TempFolder()
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.environment = environment(home: home ?? scratch.url).merging(extra) { $1 }
    if let cwd { process.currentDirectoryURL = cwd }
    // Files, not pipes: a large report cannot fill a pipe buffer and deadlock the test.
    let outURL = scratch.url.appendingPathComponent("stdout")
    let errURL = scratch.url.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: outURL)
    let err = try FileHandle(forWritingTo: errURL)
    process.standardOutput = out
    process.standardError = err
    try process.run()
    process.waitUntilExit()
    try out.close()
    try err.close()
    let stdout = try Data(contentsOf: outURL)
    return Result(
      status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self), stdoutData: stdout)
  }
}

struct CLITestError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
