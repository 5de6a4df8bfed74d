import SkillScanCore

/// Campaign-indicator rules (taxonomy.md §5.15); the only rules that read SkillScanIndicators.
enum IndicatorRules {
  static let all: [any Rule.Type] = [
    CampaignIndicatorRule.self
  ]
}
