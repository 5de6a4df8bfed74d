import SkillScanCore

/// Fake-prerequisite / ClickFix dropper rules (taxonomy.md §5.1).
enum DropperRules {
  static let all: [any Rule.Type] = [
    FakePrerequisiteRule.self,
    StagedPayloadRule.self,
  ]
}
