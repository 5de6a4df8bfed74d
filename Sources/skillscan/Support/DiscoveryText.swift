import Foundation
import SkillScan
import SkillScanCore

/// How discovered roots are described to people (stderr notes and `skillscan discover`).
enum DiscoveryText {
  /// One line per root: scope, path, agents, and how many skills it holds.
  static func rootLines(roots: [AgentRoot], skills: [DiscoveredSkill], home: String) -> [String] {
    let paths = roots.map { $0.displayPath(home: home) }
    let width = min(60, paths.map(\.count).max() ?? 0)
    return zip(roots, paths).map { root, path in
      let count = skills.count { $0.root == root }
      let scope = root.scope.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)
      let padded = path.count < width ? path + String(repeating: " ", count: width - path.count) : path
      return "\(scope) \(padded)  \(root.agents.joined(separator: ", "))  (\(count) skill\(count == 1 ? "" : "s"))"
    }
  }

  /// The note printed before a discovery scan.
  static func rootsNote(roots: [AgentRoot], skills: [DiscoveredSkill], home: String, cwd: String) -> String {
    guard !roots.isEmpty else {
      return "skillscan: no agent skill roots found in \(home) or \(cwd)"
    }
    let header = "skillscan: scanning \(skills.count) skill\(skills.count == 1 ? "" : "s") in \(roots.count) agent root\(roots.count == 1 ? "" : "s"):"
    return ([header] + rootLines(roots: roots, skills: skills, home: home).map { "  " + $0 })
      .joined(separator: "\n")
  }
}
