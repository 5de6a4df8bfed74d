import SkillScanCore

/// Prompt-injection rules: P1–P4 (taxonomy.md §4).
enum PromptInjectionRules {
  static let all: [any Rule.Type] = [
    HiddenCommentInstructionRule.self,
    InstructionOverrideRule.self,
  ]
}
