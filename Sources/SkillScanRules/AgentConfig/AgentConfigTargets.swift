import SkillScanCore

/// Agent configuration, instruction and memory files a skill must not rewrite behind the
/// user's back (taxonomy.md §5.5, formats.md §3.6, §6.4), as data.
enum AgentConfigTargets {
  /// Permission, hook and endpoint settings: writes here are high.
  static let settings = [
    ".claude/settings.json", ".claude/settings.local.json", "settings.local.json", ".mcp.json",
    "openclaw.json", ".codex/config.toml", "codex/config.toml", "hooks.json", ".cursor/mcp.json",
  ]

  /// Instruction and memory files: writes here are medium.
  static let instructions = [
    "claude.md", ".claude/rules/", "agents.md", ".cursorrules", ".cursor/rules/", "copilot-instructions.md",
    ".clinerules", ".windsurfrules", "soul.md", "memory.md", "user.md", "identity.md", "memory/",
    ".claude/skills/", ".agents/skills/", ".openclaw/skills/", ".codex/skills/", ".claude/commands/",
  ]

  /// Setting keys that grant permissions, register hooks or redirect the API.
  static let dangerousKeys = [
    "bypasspermissions", "defaultmode", "permissions", "\"allow\"", "allow:", "hooks", "pretooluse",
    "posttooluse", "anthropic_base_url", "openai_base_url", "base_url", "enableallprojectmcpservers",
    "dangerously", "auto-approve", "autoapprove", "trust",
  ]

  /// Keys no declared purpose explains: all permission prompts off, or the model API
  /// redirected.
  static let overridingKeys = [
    "bypasspermissions", "dangerously", "anthropic_base_url", "openai_base_url", "enableallprojectmcpservers",
  ]

  /// Every settings and instruction fragment, for a one-pass test of whether a sentence can
  /// name a target at all before its words are split and classified one by one.
  static let fragmentFilter = KeywordFilter(keywords: settings + instructions)

  /// Whether `bytes` (case-insensitively) contains any target fragment.
  static func mentionsTarget(_ bytes: ArraySlice<UInt8>) -> Bool {
    !fragmentFilter.matches(in: Array(bytes)).isEmpty
  }

  /// The target a lower-cased path names, and whether it is a settings file.
  static func classify(_ path: String) -> (name: String, settings: Bool)? {
    let p = path.lowercased()
    if let s = settings.first(where: { ByteSearch.contains(p, $0) }) { return (s, true) }
    if let i = instructions.first(where: { $0.hasSuffix("/") ? ByteSearch.contains(p, $0) : (p == $0 || p.hasSuffix("/" + $0)) }) {
      return (i, false)
    }
    return nil
  }
}
