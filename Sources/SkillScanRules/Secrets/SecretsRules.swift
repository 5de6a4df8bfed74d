import SkillScanCore

/// Hard-coded secrets and leaky credential handling (taxonomy.md §5.8).
enum SecretsRules {
  static let all: [any Rule.Type] = [
    HardcodedSecretRule.self,
    LeakyCredentialHandlingRule.self,
  ]
}
