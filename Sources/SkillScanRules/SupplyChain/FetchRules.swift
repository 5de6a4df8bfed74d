import SkillScanCore

/// Supply-chain rules beyond the shell pipe rule: download-and-run in code and data, package
/// runners, unpinned dependencies and remote instructions (taxonomy.md SC1, SC2, §5.12).
enum FetchRules {
  static let all: [any Rule.Type] = [
    CodeDownloadExecuteRule.self,
    EmbeddedDownloadCommandRule.self,
    UnpinnedDependencyRule.self,
    RemoteInstructionsRule.self,
    RemotePackageSourceRule.self,
    TyposquattedDependencyRule.self,
    TyposquattedInstallRule.self,
    InstalledSkillExecutedRule.self,
  ]
}
