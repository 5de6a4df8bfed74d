import SkillScanCore

/// Supply-chain rules: SC1–SC3 and the wild families of taxonomy.md §5.
enum SupplyChainRules {
  static let all: [any Rule.Type] = [
    RemoteScriptPipedToShellRule.self,
    RemoteScriptInstructionRule.self,
    PackageSourceHijackRule.self,
  ]
}
