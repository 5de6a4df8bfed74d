import SkillScanCore

/// Obfuscation rules (taxonomy.md SC3): decode→execute chains and payloads hidden in blobs.
enum ObfuscationRules {
  static let all: [any Rule.Type] = [
    DecodeExecuteRule.self,
    EncodedPayloadRule.self,
    ObfuscatedScriptRule.self,
    ConcealedEndpointRule.self,
  ]
}
