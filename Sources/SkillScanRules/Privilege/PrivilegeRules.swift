import SkillScanCore

/// Privilege rules: PE1 and PE2 (taxonomy.md §4, §5.10).
enum PrivilegeRules {
  static let all: [any Rule.Type] = [
    ElevatedExecutionRule.self,
    OverbroadToolGrantRule.self,
  ]
}
