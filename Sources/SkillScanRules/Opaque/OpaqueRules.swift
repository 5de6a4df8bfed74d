import SkillScanCore

/// Opaque, padded and oversized content (taxonomy.md §5.16).
enum OpaqueRules {
  static let all: [any Rule.Type] = [
    WhitespacePaddingRule.self,
    OpaqueFileRule.self,
  ]
}
