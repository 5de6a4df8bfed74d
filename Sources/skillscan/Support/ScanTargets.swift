import Foundation
import SkillScan
import SkillScanCore

/// What a scan covers: located skills and, when they were discovered, the root of each.
struct ScanTargets {
  var sources: [SkillSource]
  /// The agent root of each discovered skill, by display path; empty for explicit paths.
  var roots: [String: AgentRoot] = [:]

  /// The root a result belongs to (`archive.zip!/inner` belongs to `archive.zip`'s root).
  func root(of path: String) -> AgentRoot? {
    if let root = roots[path] { return root }
    guard let bang = path.firstIndex(of: "!") else { return nil }
    return roots[String(path[..<bang])]
  }

  /// Locates explicit paths; a missing or unreadable one is a usage error (exit 2).
  static func given(_ paths: [String], using scanner: SkillScan.Scanner) throws -> ScanTargets {
    do {
      return ScanTargets(sources: try scanner.locate(paths))
    } catch {
      throw StandardError.fail(String(describing: error))
    }
  }

  /// Discovers installed skills for `$HOME` and the current folder, noting roots on stderr.
  static func discovered(using scanner: SkillScan.Scanner, quiet: Bool) -> ScanTargets {
    let environment = ProcessInfo.processInfo.environment
    let home = environment["HOME"] ?? NSHomeDirectory()
    let cwd = FileManager.default.currentDirectoryPath
    let roots = SkillDiscovery.roots(home: home, cwd: cwd, environment: environment)
    let (skills, problems) = SkillDiscovery.skills(in: roots, using: scanner)
    if !quiet {
      StandardError.write(DiscoveryText.rootsNote(roots: roots, skills: skills, home: home, cwd: cwd))
    }
    for problem in problems { StandardError.write("skillscan: warning: \(problem)") }
    var targets = ScanTargets(sources: skills.map(\.source))
    for skill in skills { targets.roots[skill.source.displayPath] = skill.root }
    return targets
  }
}
