/// The install roots of formats.md §8, as data.
///
/// Order is the order roots are listed and scanned in: project roots first (the copy in the
/// repository under review), then the user's, then machine-wide ones.
enum AgentRootTable {
  typealias A = AgentName

  /// Roots below the working folder (and, where the agent walks up, its parents).
  static let project: [AgentRootSpec] = [
    AgentRootSpec(
      relativePath: ".claude/skills", agents: [A.claudeCode, A.openCode], parentAgents: [A.openCode]),
    AgentRootSpec(
      relativePath: ".agents/skills", agents: [A.codex, A.openClaw, A.openCode, A.cursor],
      parentAgents: [A.codex, A.openCode]),
    AgentRootSpec(relativePath: ".codex/skills", agents: [A.codexLegacy]),
    AgentRootSpec(
      relativePath: ".opencode/skills", agents: [A.openCode], parentAgents: [A.openCode]),
    AgentRootSpec(
      relativePath: ".github/skills", agents: [A.copilot], repositoryRootAgents: [A.copilot]),
  ]

  /// OpenClaw's `<workspace>/skills`. A bare `skills/` folder is common in ordinary
  /// repositories, so it counts as a root only when OpenClaw (or a legacy home) is installed.
  static let openClawWorkspace = AgentRootSpec(relativePath: "skills", agents: [A.openClaw])
  static let openClawHomes = [".openclaw", ".clawdbot", ".moltbot"]

  /// Roots below the home folder. `~/.codex/skills/.system` is not listed separately: the
  /// locator searches dot-folders, so it is scanned as part of `~/.codex/skills`.
  static let user: [AgentRootSpec] = [
    AgentRootSpec(relativePath: ".claude/skills", agents: [A.claudeCode, A.openCode]),
    AgentRootSpec(relativePath: ".agents/skills", agents: [A.codex, A.openClaw, A.openCode]),
    AgentRootSpec(relativePath: ".codex/skills", agents: [A.codexLegacy]),
    AgentRootSpec(relativePath: ".openclaw/skills", agents: [A.openClaw]),
    AgentRootSpec(relativePath: ".clawdbot/skills", agents: [A.clawdbot]),
    AgentRootSpec(relativePath: ".moltbot/skills", agents: [A.moltbot]),
    AgentRootSpec(relativePath: ".config/opencode/skills", agents: [A.openCode]),
    AgentRootSpec(relativePath: ".copilot/skills", agents: [A.copilot]),
    AgentRootSpec(relativePath: ".cursor/skills", agents: [A.cursor]),
    AgentRootSpec(relativePath: ".gemini/antigravity/skills", agents: [A.antigravity]),
  ]

  /// Machine-wide roots (absolute).
  static let admin: [AgentRootSpec] = [
    AgentRootSpec(relativePath: "/etc/codex/skills", agents: [A.codex])
  ]

  /// Folder names never descended into when looking for nested `.claude/skills`: they are
  /// large, generated, or version-control internals.
  static let nestedSearchSkips: Set<String> = [
    "node_modules", ".git", ".hg", ".svn", ".build", "build", "dist", "target", "vendor",
    "Pods", "DerivedData", ".venv", "venv", "__pycache__",
  ]
}
