import Foundation
import SkillScan
import Testing

/// `skillscan` with no path against a temporary HOME and project.
@Suite struct DiscoveryCommandTests {
  private func plant() throws -> (tmp: TempFolder, home: URL, project: URL) {
    let tmp = try TempFolder()
    try tmp.skill("home/.claude/skills/x", name: "x")
    try tmp.skill("home/.agents/skills/y", name: "y")
    try tmp.skill("project/.github/skills/z", name: "z")
    return (tmp, tmp.url.appendingPathComponent("home"), tmp.url.appendingPathComponent("project"))
  }

  @Test func scanWithoutPathsFindsAndScansEveryAgentRoot() throws {
    let (tmp, home, project) = try plant()
    _ = tmp
    let result = try CLIRunner.run(["--format", "json"], cwd: project, home: home)
    #expect(result.status == 0, "\(result.stderr)")
    let report = try JSONReport.decode(result.stdoutData)
    #expect(Set(report.skills.map(\.name)) == ["x", "y", "z"])
    #expect(report.skills.first?.path == project.appendingPathComponent(".github/skills/z").path, "project roots first")
    let lines = result.stderr.split(separator: "\n").map(String.init)
    func line(for root: String) -> String? { lines.first { $0.contains(root + " ") } }
    #expect(line(for: "~/.claude/skills")?.contains("user") == true)
    #expect(line(for: "~/.claude/skills")?.contains("Claude Code, OpenCode") == true)
    #expect(line(for: "~/.agents/skills")?.contains("Codex, OpenClaw, OpenCode") == true)
    let github = line(for: project.appendingPathComponent(".github/skills").path)
    #expect(github?.contains("project") == true && github?.contains("GitHub Copilot") == true)
    #expect(result.stderr.contains("3 skills in 3 agent roots"))
  }

  @Test func quietScanPrintsNoNotes() throws {
    let (tmp, home, project) = try plant()
    _ = tmp
    let result = try CLIRunner.run(["scan", "--quiet", "--format", "json"], cwd: project, home: home)
    #expect(result.stderr.isEmpty)
    #expect(try JSONReport.decode(result.stdoutData).skills.count == 3)
  }

  @Test func sameNameInTwoRootsOfOneAgentIsReportedAsShadowing() throws {
    let (tmp, home, project) = try plant()
    try tmp.skill("project/.claude/skills/x", name: "x")
    let result = try CLIRunner.run(["--format", "json"], cwd: project, home: home)
    #expect(result.stderr.contains("skill 'x' is installed twice for Claude Code, OpenCode"))
    let report = try JSONReport.decode(result.stdoutData)
    let copies = report.skills.filter { $0.name == "x" }
    #expect(copies.count == 2)
    // The later copy in scan order (the user's) carries the informational finding.
    #expect(copies.last?.path == home.appendingPathComponent(".claude/skills/x").path)
    #expect(copies.last?.findings.contains { $0.rule_id == "shadowed-skill" && $0.severity == "info" } == true)
    #expect(copies.first?.findings.contains { $0.rule_id == "shadowed-skill" } == false)
    #expect(result.status == 0)
    #expect(try SchemaValidator.errors(in: result.stdoutData).isEmpty)
  }

  @Test func discoverListsRootsAndSkillsWithoutScanning() throws {
    let (tmp, home, project) = try plant()
    _ = tmp
    let result = try CLIRunner.run(["discover", "--format", "json"], cwd: project, home: home)
    #expect(result.status == 0)
    struct Listing: Decodable {
      struct Root: Decodable { var agents: [String]; var scope: String; var path: String; var skills: [String] }
      var roots: [Root]
    }
    let roots = try JSONDecoder().decode(Listing.self, from: result.stdoutData).roots
    let byPath = Dictionary(uniqueKeysWithValues: roots.map { ($0.path, $0) })
    let agents = byPath[home.appendingPathComponent(".agents/skills").path]
    #expect(agents?.agents == ["Codex", "OpenClaw", "OpenCode"])
    #expect(agents?.scope == "user")
    #expect(agents?.skills == [home.appendingPathComponent(".agents/skills/y").path])
    #expect(byPath[project.appendingPathComponent(".github/skills").path]?.scope == "project")
    #expect(roots.count == 3)
  }

  @Test func noRootsMeansAnEmptyCleanScan() throws {
    let tmp = try TempFolder()
    let project = tmp.url.appendingPathComponent("empty-project")
    try FileManager.default.createDirectory(at: project, withIntermediateDirectories: true)
    let result = try CLIRunner.run(["--format", "json"], cwd: project, home: tmp.url)
    #expect(result.status == 0)
    #expect(try JSONReport.decode(result.stdoutData).skills.isEmpty)
    #expect(result.stderr.contains("no agent skill roots found"))
  }
}

/// ``SkillDiscovery/roots(home:cwd:environment:fileManager:)`` in process.
@Suite struct SkillDiscoveryTests {
  private func mkdir(_ tmp: TempFolder, _ relative: String) throws {
    try FileManager.default.createDirectory(
      at: tmp.url.appendingPathComponent(relative), withIntermediateDirectories: true)
  }

  private func roots(_ tmp: TempFolder, cwd: String, home: String = "home", environment: [String: String] = [:]) -> [String: AgentRoot] {
    let found = SkillDiscovery.roots(
      home: tmp.url.appendingPathComponent(home).path, cwd: tmp.url.appendingPathComponent(cwd).path,
      environment: environment)
    return Dictionary(found.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
  }

  @Test func parentsUpToTheRepositoryRootCountOnlyForAgentsThatWalkUp() throws {
    let tmp = try TempFolder()
    for folder in ["home", "repo/.git", "repo/.agents/skills", "repo/.claude/skills", "repo/.github/skills", "repo/pkg/app/.agents/skills"] {
      try mkdir(tmp, folder)
    }
    let found = roots(tmp, cwd: "repo/pkg/app")
    let path = { (relative: String) in tmp.url.appendingPathComponent(relative).path }
    #expect(found[path("repo/pkg/app/.agents/skills")]?.agents == ["Codex", "OpenClaw", "OpenCode", "Cursor"])
    #expect(found[path("repo/.agents/skills")]?.agents == ["Codex", "OpenCode"])
    #expect(found[path("repo/.claude/skills")]?.agents == ["OpenCode"])
    #expect(found[path("repo/.github/skills")]?.agents == ["GitHub Copilot"])
    #expect(found.values.allSatisfy { $0.scope == .project })
  }

  @Test func withoutARepositoryOnlyTheWorkingFolderCounts() throws {
    let tmp = try TempFolder()
    for folder in ["home", "outer/.agents/skills", "outer/cwd"] { try mkdir(tmp, folder) }
    #expect(roots(tmp, cwd: "outer/cwd").isEmpty)
  }

  @Test func nestedClaudeSkillsBelowTheWorkingFolderAreFound() throws {
    let tmp = try TempFolder()
    for folder in ["home", "mono/packages/web/.claude/skills", "mono/node_modules/dep/.claude/skills"] {
      try mkdir(tmp, folder)
    }
    let found = roots(tmp, cwd: "mono")
    #expect(found[tmp.url.appendingPathComponent("mono/packages/web/.claude/skills").path]?.agents == ["Claude Code"])
    #expect(found.count == 1, "node_modules is not searched")
  }

  @Test func openClawWorkspaceSkillsNeedAnOpenClawHome() throws {
    let tmp = try TempFolder()
    for folder in ["home", "ws/skills"] { try mkdir(tmp, folder) }
    let workspace = tmp.url.appendingPathComponent("ws/skills").path
    #expect(roots(tmp, cwd: "ws")[workspace] == nil)
    try mkdir(tmp, "home/.openclaw")
    #expect(roots(tmp, cwd: "ws")[workspace]?.agents == ["OpenClaw"])
  }

  @Test func userRootsHonourCodexHomeAndMergeWhenCwdIsHome() throws {
    let tmp = try TempFolder()
    for folder in ["home/.claude/skills", "codex/skills", "home/.codex/skills"] { try mkdir(tmp, folder) }
    let found = roots(tmp, cwd: "home", environment: ["CODEX_HOME": tmp.url.appendingPathComponent("codex").path])
    #expect(found[tmp.url.appendingPathComponent("codex/skills").path]?.agents == ["Codex (legacy)"])
    // With CODEX_HOME set, ~/.codex/skills is only reached as the project's .codex/skills.
    #expect(found[tmp.url.appendingPathComponent("home/.codex/skills").path]?.scope == .project)
    let claude = found[tmp.url.appendingPathComponent("home/.claude/skills").path]
    #expect(claude?.agents == ["Claude Code", "OpenCode"])
    #expect(SkillDiscovery.roots(home: tmp.url.appendingPathComponent("home").path, cwd: tmp.url.appendingPathComponent("home").path)
      .filter { $0.path.hasSuffix("/.claude/skills") }.count == 1)
  }
}
