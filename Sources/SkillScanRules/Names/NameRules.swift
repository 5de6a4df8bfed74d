import SkillScanCore

/// Name rules (taxonomy.md §5.11).
enum NameRules {
  static let all: [any Rule.Type] = [
    NameImpersonationRule.self
  ]
}
