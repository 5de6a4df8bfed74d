/// The subset of SARIF 2.1.0 SkillScan writes: a mapping target, not a second report model.
///
/// Only what GitHub code scanning and the OASIS schema need; every type is `Encodable` and
/// encoded with ``ReportJSON/makeEncoder()`` (sorted keys), so output is byte-stable.
/// Optional members are left out when nil, as the schema prefers to empty values.
enum SARIF {
  struct Message: Encodable, Hashable {
    var text: String
  }

  struct MultiformatMessage: Encodable, Hashable {
    var text: String
    var markdown: String?
  }

  struct ArtifactLocation: Encodable, Hashable {
    var uri: String
    var uriBaseId: String?
  }

  struct Snippet: Encodable, Hashable {
    var text: String
  }

  struct Region: Encodable, Hashable {
    var startLine: Int
    var startColumn: Int?
    var snippet: Snippet?
  }

  struct PhysicalLocation: Encodable, Hashable {
    var artifactLocation: ArtifactLocation
    var region: Region?
  }

  struct LogicalLocation: Encodable, Hashable {
    var fullyQualifiedName: String
    var kind: String
  }

  struct Location: Encodable, Hashable {
    var physicalLocation: PhysicalLocation
    var logicalLocations: [LogicalLocation]?
  }

  struct Suppression: Encodable, Hashable {
    /// `inSource` or `external`.
    var kind: String
    var justification: String
  }

  /// Result properties: what a reviewer filters or sorts by beyond the rule.
  struct ResultProperties: Encodable, Hashable {
    var skill: String
    var skillName: String
    var verdict: String
    var score: Int
    var severity: String
    var confidence: String?
    var context: String?
    var polarity: String?
    var reachability: String?
    var chain: String?
  }

  struct Result: Encodable, Hashable {
    var ruleId: String
    var ruleIndex: Int
    var level: String
    var message: Message
    var locations: [Location]
    var partialFingerprints: [String: String]
    var properties: ResultProperties
    var suppressions: [Suppression]?
  }

  struct Configuration: Encodable, Hashable {
    var level: String
  }

  struct RuleProperties: Encodable, Hashable {
    var tags: [String]
    var securitySeverity: String
    var precision: String
    var pattern: String
    var category: String

    enum CodingKeys: String, CodingKey {
      case tags, precision, pattern, category
      case securitySeverity = "security-severity"
    }
  }

  /// A `reportingDescriptor`: one entry of `tool.driver.rules`.
  struct Rule: Encodable, Hashable {
    var id: String
    var name: String
    var shortDescription: Message
    var fullDescription: Message
    var help: MultiformatMessage
    var defaultConfiguration: Configuration
    var properties: RuleProperties
  }

  struct Driver: Encodable {
    var name: String
    var version: String
    var semanticVersion: String?
    var informationUri: String
    var rules: [Rule]
  }

  struct Tool: Encodable {
    var driver: Driver
  }

  struct Notification: Encodable, Hashable {
    var level: String
    var message: Message
  }

  struct Invocation: Encodable {
    var executionSuccessful: Bool
    var toolExecutionNotifications: [Notification]?
  }

  /// Run-level totals, for tools other than GitHub that read the property bag.
  struct RunProperties: Encodable {
    var skills: Int
    var malicious: Int
    var suspicious: Int
    var safe: Int
    var findings: Int
    var suppressed: Int
    var errors: Int
  }
}
