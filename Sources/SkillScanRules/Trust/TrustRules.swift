import SkillScanCore

/// Transitive trust and tool poisoning rules (taxonomy.md §5.14).
enum TrustRules {
  static let all: [any Rule.Type] = [
    ToolPoisoningRule.self,
    CodePayloadInConfigValueRule.self,
    NetworkClaimContradictedRule.self,
    ModificationClaimContradictedRule.self,
  ]
}
