import SkillScanCore

/// Load-time execution rules (taxonomy.md §5.6).
enum LoadTimeRules {
  static let all: [any Rule.Type] = [
    LoadTimeCommandRule.self,
  ]
}
