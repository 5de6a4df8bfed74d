import SkillScanCore

/// Endpoint rules (taxonomy.md §5.2).
enum EndpointRules {
  static let all: [any Rule.Type] = [
    SuspiciousEndpointRule.self
  ]
}
