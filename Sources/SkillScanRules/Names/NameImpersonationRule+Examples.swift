import SkillScanCore

extension NameImpersonationRule {
  static let triggering: [Example] = [
    Example("---\n↓name: clawhubb\ndescription: Registry helper.\n---\n# X\n", note: "one edit from a registry name"),
    Example("---\n↓name: c1awhub-sync\ndescription: Sync helper.\n---\n# X\n", note: "digit for letter"),
    Example("---\n↓name: solana-waIlet-tracker\ndescription: Tracks wallets.\n---\n# X\n", note: "capital I for l"),
    Example("---\n↓name: polymarkett-trading-bot\ndescription: Trades.\n---\n# X\n", note: "doubled letter"),
  ]

  static let nonTriggering: [Example] = [
    Example("---\nname: github-issue-helper\ndescription: Works with GitHub issues.\n---\n# X\n", note: "the brand named as what it integrates with"),
    Example("---\nname: stack-trace-reader\ndescription: Reads stack traces.\n---\n# X\n", note: "dictionary word near 'slack'"),
    Example("---\nname: openapi-client-gen\ndescription: Generates clients from OpenAPI specs.\n---\n# X\n", note: "OpenAPI, the spec format, one edit from 'openai'"),
    Example("---\nname: motion-design\ndescription: Animations.\n---\n# X\n", note: "dictionary word near 'notion'"),
    Example("---\nname: api\ndescription: Short generic name.\n---\n# X\n", note: "short generic names"),
  ]
}
