import SkillScanCore

/// Data-exfiltration rules: P3 instructions and the E1–E4, PE3 code patterns.
enum ExfiltrationRules {
  static let all: [any Rule.Type] = [
    ExfiltrationInstructionRule.self,
    ExternalTransmissionRule.self,
    EnvironmentHarvestingRule.self,
    FileSystemEnumerationRule.self,
    CredentialAccessRule.self,
    ConfigEndpointCollectorRule.self,
    CredentialDisclosureRule.self,
    ContextPayloadRule.self,
    RepositoryMirrorPushRule.self,
    DNSTunnelRule.self,
    WalletFileCollectionRule.self,
    CredentialStoreCollectionRule.self,
    LoadedCredentialForwardingRule.self,
    ForwardedSecretsRule.self,
    ConfiguredContextCollectionRule.self,
    PasswordPromptRule.self,
  ]
}
