import SkillScanCore

/// Injectable code in a skill's own scripts, and safety promises it breaks.
enum InjectionRules {
  static let all: [any Rule.Type] = [
    InjectableCodeRule.self,
    SafetyClaimContradictedRule.self,
  ]
}
