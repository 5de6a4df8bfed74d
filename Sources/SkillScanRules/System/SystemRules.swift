import SkillScanCore

/// System-compromise rules: reverse shells, destruction and resource abuse (taxonomy.md §5.3, §5.9).
enum SystemRules {
  static let all: [any Rule.Type] = [
    DestructiveCommandRule.self,
    DestructiveInstructionRule.self,
    ResourceAbuseRule.self,
    ReverseShellRule.self,
  ]
}
