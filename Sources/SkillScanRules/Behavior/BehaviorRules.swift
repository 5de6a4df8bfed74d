import SkillScanCore

/// Behaviour-manipulation rules: P4 and instruction hijacks (taxonomy.md §4 P4, §6.2).
enum BehaviorRules {
  static let all: [any Rule.Type] = [
    BiasInjectionRule.self,
    HarmfulStandingInstructionRule.self,
    OversightRemovalRule.self,
    SafetyOverrideRule.self,
    RunawayInvocationRule.self,
  ]
}
