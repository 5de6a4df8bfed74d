import Foundation
public import SkillScanCore

/// A skill found in an agent root, before it is read.
public struct DiscoveredSkill: Sendable, Hashable {
  /// Where the skill is, as the locator found it.
  public var source: SkillSource
  /// The root it was found in.
  public var root: AgentRoot

  /// Creates a discovered skill.
  public init(source: SkillSource, root: AgentRoot) {
    self.source = source
    self.root = root
  }
}

extension SkillDiscovery {
  /// Lists the skills in each root, without reading them.
  ///
  /// A skill reached through two roots (a root nested in another, or a link between them) is
  /// kept once, under the first root. A root that cannot be listed is reported, not fatal:
  /// the other roots are still scanned.
  /// - Parameters:
  ///   - roots: roots from ``roots(home:cwd:environment:fileManager:)``.
  ///   - scanner: supplies the locator, so discovery finds exactly what a scan would.
  /// - Returns: the skills in root order, and one message per unreadable root.
  public static func skills(
    in roots: [AgentRoot], using scanner: Scanner
  ) -> (skills: [DiscoveredSkill], problems: [String]) {
    var skills: [DiscoveredSkill] = []
    var problems: [String] = []
    var seen = Set<String>()
    for root in roots {
      let sources: [SkillSource]
      do {
        sources = try scanner.locate([URL(fileURLWithPath: root.path)])
      } catch {
        problems.append(String(describing: error))
        continue
      }
      for source in sources {
        let key = URL(fileURLWithPath: source.displayPath).resolvingSymlinksInPath().path
        if seen.insert(key).inserted { skills.append(DiscoveredSkill(source: source, root: root)) }
      }
    }
    return (skills, problems)
  }
}
