import Foundation
import Testing

/// Colour, `NO_COLOR`, progress, version and completions.
@Suite struct TerminalCLITests {
  static let escape = "\u{1B}["

  /// Runs `skillscan` on a pseudo-terminal via util-linux `script`, so stdout and stderr are TTYs.
  static func onTerminal(_ arguments: [String], environment: [String: String] = [:]) throws -> String? {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), let binary = CLIRunner.binary else { return nil }
    let quoted = ([binary.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
    let result = try CLIRunner.runTool("/usr/bin/script", ["-qec", quoted.joined(separator: " "), "/dev/null"], environment: environment)
    return result
  }

  @Test func colourFollowsTheFlagAndNeverReachesPipesByDefault() throws {
    let tmp = try TempFolder()
    let skill = try tmp.skill("installer", name: "installer", body: Fixture.maliciousBody)
    #expect(!(try CLIRunner.run(["scan", skill.path]).stdout.contains(Self.escape)), "a pipe is not a terminal")
    #expect(try CLIRunner.run(["scan", skill.path, "--color", "always"]).stdout.contains(Self.escape))
    #expect(!(try CLIRunner.run(["scan", skill.path, "--color", "never"]).stdout.contains(Self.escape)))
    #expect(!(try CLIRunner.run(["scan", skill.path, "--color", "always", "--format", "json"]).stdout.contains(Self.escape)))
  }

  @Test func noColorIsRespectedOnATerminal() throws {
    let tmp = try TempFolder()
    let skill = try tmp.skill("installer", name: "installer", body: Fixture.maliciousBody)
    guard let coloured = try Self.onTerminal(["scan", skill.path]) else { return }
    #expect(coloured.contains(Self.escape + "1m"), "colour on a terminal")
    let plain = try Self.onTerminal(["scan", skill.path], environment: ["NO_COLOR": "1"]) ?? ""
    #expect(plain.contains("installer"))
    #expect(!plain.contains(Self.escape + "1m"))
  }

  @Test func progressLineOnlyOnATerminalForSeveralSkills() throws {
    let tmp = try TempFolder()
    try tmp.skill("skills/one", name: "one")
    try tmp.skill("skills/two", name: "two")
    let folder = tmp.url.appendingPathComponent("skills").path
    guard let shown = try Self.onTerminal(["scan", folder, "--format", "json", "--jobs", "1"]) else { return }
    #expect(shown.contains("\r\u{1B}[K[1/2] scanning one"))
    #expect(shown.contains("[2/2] scanning two"))
    let quiet = try Self.onTerminal(["scan", folder, "--format", "json", "--quiet"]) ?? ""
    #expect(!quiet.contains("scanning"))
    let piped = try CLIRunner.run(["scan", folder, "--format", "json"])
    #expect(!piped.stderr.contains("scanning"))
  }

  @Test func versionAndCompletionScript() throws {
    let version = try CLIRunner.run(["--version"])
    #expect(version.status == 0)
    #expect(version.stdout.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil)
    let bash = try CLIRunner.run(["--generate-completion-script", "bash"])
    #expect(bash.status == 0)
    #expect(bash.stdout.contains("baseline") && bash.stdout.contains("--preset"))
  }
}

extension CLIRunner {
  /// Runs another program with the minimal environment; returns its standard output.
  static func runTool(_ path: String, _ arguments: [String], environment extra: [String: String]) throws -> String {
    let scratch = try TempFolder()
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    process.environment = environment(home: scratch.url).merging(["TERM": "xterm"].merging(extra) { $1 }) { $1 }
    let outURL = scratch.url.appendingPathComponent("out")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: outURL)
    process.standardOutput = out
    process.standardError = out
    process.standardInput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    try out.close()
    return String(decoding: try Data(contentsOf: outURL), as: UTF8.self)
  }
}
