public import SkillScanCore

/// Notices skills that share a `name` across roots read by the same agent.
///
/// An agent loads one skill per name and picks by its own precedence (Claude Code prefers
/// the personal copy, Codex the repository's), so a second copy can silently replace a
/// trusted skill: that is how an impersonating skill takes over. Both copies are reported;
/// the later one in scan order carries an informational `shadowed-skill` finding.
public struct ShadowingDetector: Sendable {
  private var seen: [String: [(path: String, root: AgentRoot)]] = [:]

  /// Creates a detector that has seen nothing.
  public init() {}

  /// Records a scanned skill and returns the earlier copies it clashes with.
  /// - Parameters:
  ///   - name: the skill's `name` (skills without one are ignored).
  ///   - path: where this copy is.
  ///   - root: the root this copy was found in.
  /// - Returns: one ``Shadowing`` per earlier copy whose root shares an agent with `root`.
  public mutating func observe(name: String, path: String, root: AgentRoot) -> [Shadowing] {
    guard !name.isEmpty else { return [] }
    let earlier = seen[name, default: []]
    seen[name, default: []].append((path, root))
    return earlier.compactMap { other in
      let shared = root.agents.filter(other.root.agents.contains)
      guard !shared.isEmpty, other.path != path else { return nil }
      return Shadowing(name: name, path: path, root: root, otherPath: other.path, otherRoot: other.root, agents: shared)
    }
  }
}

/// Two installed skills with the same name, visible to the same agents.
public struct Shadowing: Sendable, Hashable {
  public var name: String
  /// The copy seen later in scan order.
  public var path: String
  public var root: AgentRoot
  /// The copy seen first.
  public var otherPath: String
  public var otherRoot: AgentRoot
  /// Agents that read both roots.
  public var agents: [String]

  /// A one-line note for standard error.
  public var message: String {
    "skill '\(name)' is installed twice for \(agents.joined(separator: ", ")): \(otherPath) "
      + "(\(otherRoot.scope.rawValue)) and \(path) (\(root.scope.rawValue)); only one is loaded"
  }

  /// The informational finding recorded on the later copy.
  public var finding: Finding {
    Finding(
      ruleID: DiscoveryChecks.shadowedSkill.id, pattern: DiscoveryChecks.shadowedSkill.pattern,
      severity: DiscoveryChecks.shadowedSkill.severity,
      confidence: DiscoveryChecks.shadowedSkill.confidence,
      message: "another skill named '\(name)' is installed at \(otherPath) for \(agents.joined(separator: ", "))",
      file: "SKILL.md", remediation: DiscoveryChecks.shadowedSkill.remediation,
      context: .metadata, reachability: .alwaysLoaded)
  }
}

/// Descriptions of the findings discovery itself raises, for `skillscan rules`.
public enum DiscoveryChecks {
  /// Every discovery check, sorted by ID.
  public static let all: [RuleDescription] = [shadowedSkill]

  public static let shadowedSkill = RuleDescription(
    id: "shadowed-skill", name: "Skill name installed twice", pattern: .impersonation,
    severity: .info, confidence: .high, languages: [],
    summary: "Two installed skills share a name in roots read by the same agent.",
    rationale: """
      An agent loads one skill per name and chooses by root precedence, so a copy in another \
      root can silently replace the skill a user trusts. Check that both copies are wanted \
      and that the one that wins is the one you reviewed.
      """,
    remediation: "Remove or rename one of the copies.",
    references: [.taxonomy("§5.11"), .owaspASI(4)],
    triggeringExamples: [], nonTriggeringExamples: [])
}
