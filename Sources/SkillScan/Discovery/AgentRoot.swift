/// A folder from which one or more agents load skills (formats.md §8).
///
/// Discovery keeps which agents read a root and at what scope, because the same dropped skill
/// matters more when it reaches several agents (`~/.agents/skills` is read by Codex, OpenClaw
/// and OpenCode at once) and because a name clash between roots decides which copy runs.
public struct AgentRoot: Sendable, Hashable, Codable {
  /// Who installed the skills a root holds.
  public enum Scope: String, Sendable, Hashable, Codable, CaseIterable {
    /// The working folder or one of its parents up to the repository root.
    case project
    /// The user's home.
    case user
    /// Machine-wide (`/etc/...`).
    case admin
  }

  /// Agent names that load skills from this folder, in table order (for example
  /// `["Codex", "OpenClaw", "OpenCode"]`).
  public var agents: [String]
  public var scope: Scope
  /// Absolute path of the folder.
  public var path: String

  /// Creates a root.
  public init(agents: [String], scope: Scope, path: String) {
    self.agents = agents
    self.scope = scope
    self.path = path
  }

  /// The path with the home folder shortened to `~`, for messages.
  /// - Parameter home: the home folder the root was discovered under.
  public func displayPath(home: String) -> String {
    let base = home.hasSuffix("/") ? String(home.dropLast()) : home
    guard !base.isEmpty, path == base || path.hasPrefix(base + "/") else { return path }
    return "~" + path.dropFirst(base.count)
  }
}

/// One row of the install-root table: a folder relative to a base, and who reads it.
struct AgentRootSpec: Sendable {
  /// Path below the base (home, or a project folder).
  var relativePath: String
  /// Agents that read the folder at the base itself (home, or the working folder).
  var agents: [String]
  /// Agents that also read it in every parent of the working folder up to the repository
  /// root (Codex and OpenCode walk up; Claude Code and Cursor do not).
  var parentAgents: [String] = []
  /// Agents that read it at the repository root (Copilot's `.github/skills`).
  var repositoryRootAgents: [String] = []
}

/// Agent names as printed; one place so labels stay consistent across roots.
enum AgentName {
  static let claudeCode = "Claude Code"
  static let codex = "Codex"
  static let codexLegacy = "Codex (legacy)"
  static let openClaw = "OpenClaw"
  static let clawdbot = "OpenClaw (legacy Clawdbot)"
  static let moltbot = "OpenClaw (legacy Moltbot)"
  static let openCode = "OpenCode"
  static let copilot = "GitHub Copilot"
  static let cursor = "Cursor"
  static let antigravity = "Antigravity"
}
