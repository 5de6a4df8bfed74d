import SkillScanCore

/// Agent configuration and memory tampering rules (taxonomy.md §5.5).
enum AgentConfigRules {
  static let all: [any Rule.Type] = [
    AgentConfigTamperingRule.self,
  ]
}
