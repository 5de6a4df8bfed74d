import SkillScanCore

/// Rules about invisible and deceptive characters (taxonomy.md §5.7).
enum UnicodeRules {
  static let all: [any Rule.Type] = [
    UnicodeTagSmugglingRule.self
  ]
}
