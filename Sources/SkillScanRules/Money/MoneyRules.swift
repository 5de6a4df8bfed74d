import SkillScanCore

/// Money-movement rules (taxonomy.md §5.13).
enum MoneyRules {
  static let all: [any Rule.Type] = [
    MoneyMovementRule.self,
    ClipboardAddressSwapRule.self,
    PayeeSwapRule.self,
  ]
}
