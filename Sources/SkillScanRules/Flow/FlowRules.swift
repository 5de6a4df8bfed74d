import SkillScanCore

/// Intra-script flow rules: a sensitive source reaching a network sink in one script or
/// fenced block (taxonomy.md §6.2 exfiltration chain).
enum FlowRules {
  static let all: [any Rule.Type] = [
    EnvironmentExfiltrationFlowRule.self,
    CredentialExfiltrationFlowRule.self,
    ContextExfiltrationFlowRule.self,
    PersonalDataExfiltrationFlowRule.self,
  ]
}
