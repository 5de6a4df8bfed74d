import SkillScanCore

/// Strict-spec conformance rules (formats.md §1, §2, §4): what the open spec, the reference
/// validator and claude.ai require, reported separately from threats.
enum SpecRules {
  static let all: [any Rule.Type] = [
    FrontmatterInvalidRule.self,
    FrontmatterMissingRule.self,
    SpecCompatibilityLengthRule.self,
    SpecDescriptionRule.self,
    SpecDialectRule.self,
    SpecMetadataValuesRule.self,
    SpecNameMismatchRule.self,
    SpecNameRule.self,
    SpecReservedWordRule.self,
    SpecUnknownKeysRule.self,
  ]
}
