import SkillScanCore

/// Persistence rules (taxonomy.md §5.4).
enum PersistenceRules {
  static let all: [any Rule.Type] = [
    PersistenceMechanismRule.self,
  ]
}
