import ArgumentParser
import Foundation
import SkillScan
import SkillScanCore
import SkillScanReporters

extension SkillScanCommand {
  /// `skillscan discover`: list agent skill roots and the skills in them, without scanning.
  struct Discover: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "discover",  // named, not derived from the type by reflection at start-up
      abstract: "List installed agent skill roots and their skills without scanning them.",
      discussion: """
        Roots come from formats.md §8: user roots under $HOME, project roots in the current \
        folder (and its parents up to the repository root where the agent walks up), nested \
        .claude/skills folders, and /etc/codex/skills. A bare skills/ folder counts as an \
        OpenClaw workspace root only when ~/.openclaw (or a legacy home) exists. Legacy \
        .claude/commands/*.md files are slash commands, not skills, and are not listed.
        """)

    @Option(name: .shortAndLong, help: "Listing format.")
    var format: ListFormat = .text

    func run() async throws {
      let environment = ProcessInfo.processInfo.environment
      let home = environment["HOME"] ?? NSHomeDirectory()
      let cwd = FileManager.default.currentDirectoryPath
      let roots = SkillDiscovery.roots(home: home, cwd: cwd, environment: environment)
      let (skills, problems) = SkillDiscovery.skills(in: roots, using: SkillScan.Scanner())
      for problem in problems { StandardError.write("skillscan: warning: \(problem)") }
      let text: String
      switch format {
      case .json: text = try json(roots: roots, skills: skills)
      case .text: text = plain(roots: roots, skills: skills, home: home, cwd: cwd)
      case .markdown: text = markdown(roots: roots, skills: skills, home: home)
      }
      FileHandle.standardOutput.write(Data(text.utf8))
    }

    private struct Listing: Encodable {
      var agents: [String]
      var scope: AgentRoot.Scope
      var path: String
      var skills: [String]
    }

    private func json(roots: [AgentRoot], skills: [DiscoveredSkill]) throws -> String {
      let listing = roots.map { root in
        Listing(
          agents: root.agents, scope: root.scope, path: root.path,
          skills: skills.filter { $0.root == root }.map(\.source.displayPath))
      }
      let data = try ReportJSON.makeEncoder().encode(["roots": listing])
      return String(decoding: data, as: UTF8.self) + "\n"
    }

    private func plain(roots: [AgentRoot], skills: [DiscoveredSkill], home: String, cwd: String) -> String {
      guard !roots.isEmpty else { return "No agent skill roots found in \(home) or \(cwd).\n" }
      var text = ""
      for (root, line) in zip(roots, DiscoveryText.rootLines(roots: roots, skills: skills, home: home)) {
        text += line + "\n"
        for skill in skills where skill.root == root { text += "    " + skill.source.displayPath + "\n" }
      }
      return text
    }

    private func markdown(roots: [AgentRoot], skills: [DiscoveredSkill], home: String) -> String {
      var text = "| Scope | Root | Agents | Skills |\n|---|---|---|---|\n"
      for root in roots {
        let names = skills.filter { $0.root == root }.map { "`\($0.source.displayPath)`" }
        text += "| \(root.scope.rawValue) | `\(root.displayPath(home: home))` | "
          + "\(root.agents.joined(separator: ", ")) | \(names.joined(separator: "<br>")) |\n"
      }
      return text
    }
  }
}
