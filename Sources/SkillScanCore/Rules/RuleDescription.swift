/// Everything about a rule except its check: identity, taxonomy, weight, docs and examples.
///
/// One typed value that the registry, `skillscan rules`, SARIF `tool.driver.rules`, the docs
/// generator and the example tests all read. Nothing about a rule is parsed out of prose.
public struct RuleDescription: Sendable {
  public var id: RuleID
  public var name: String
  public var pattern: PatternID
  public var severity: Severity
  public var confidence: Confidence
  /// Languages of files or regions the rule looks at; empty means skill-level only.
  public var languages: Set<Language>
  /// One sentence for listings.
  public var summary: String
  /// Why the behaviour matters and what to do instead.
  public var rationale: String
  public var remediation: String
  public var references: [Reference]
  /// Lower-case ASCII words, at least one of which must occur in a file for the rule to run
  /// on it; empty means always run. A cheap pre-filter, never the detection itself.
  public var keywords: [String]
  public var triggeringExamples: [Example]
  public var nonTriggeringExamples: [Example]
  public var deprecatedAliases: [RuleID]
  public var enabledByDefault: Bool

  public init(
    id: RuleID, name: String, pattern: PatternID, severity: Severity, confidence: Confidence,
    languages: Set<Language>, summary: String, rationale: String, remediation: String,
    references: [Reference], keywords: [String] = [], triggeringExamples: [Example],
    nonTriggeringExamples: [Example], deprecatedAliases: [RuleID] = [],
    enabledByDefault: Bool = true
  ) {
    self.id = id
    self.name = name
    self.pattern = pattern
    self.severity = severity
    self.confidence = confidence
    self.languages = languages
    self.summary = summary
    self.rationale = rationale
    self.remediation = remediation
    self.references = references
    self.keywords = keywords
    self.triggeringExamples = triggeringExamples
    self.nonTriggeringExamples = nonTriggeringExamples
    self.deprecatedAliases = deprecatedAliases
    self.enabledByDefault = enabledByDefault
  }
}

/// A typed reference to an external framework entry or document.
public enum Reference: Sendable, Hashable, CustomStringConvertible {
  case cwe(Int)
  /// OWASP Top 10 for LLM Applications, 2025 edition (`LLM01`…).
  case owaspLLM(Int)
  /// OWASP Top 10 for Agentic Applications, 2026 (`ASI01`…).
  case owaspASI(Int)
  /// MITRE ATLAS technique; unverified until checked against atlas.mitre.org.
  case atlas(String)
  /// Section of SkillScan's taxonomy specification.
  case taxonomy(String)
  case url(String)

  public var description: String {
    switch self {
    case .cwe(let n): "CWE-\(n)"
    case .owaspLLM(let n): "LLM\(n < 10 ? "0" : "")\(n):2025"
    case .owaspASI(let n): "ASI\(n < 10 ? "0" : "")\(n):2026"
    case .atlas(let id): "\(id) (ATLAS, unverified)"
    case .taxonomy(let s): "taxonomy.md \(s)"
    case .url(let u): u
    }
  }

  /// A short tag for SARIF and listings.
  public var tag: String {
    switch self {
    case .cwe(let n): "external/cwe/cwe-\(n)"
    case .owaspLLM(let n): "owasp-llm-\(n < 10 ? "0" : "")\(n)"
    case .owaspASI(let n): "owasp-asi-\(n < 10 ? "0" : "")\(n)"
    case .atlas(let id): "mitre-atlas/\(id)"
    case .taxonomy(let s): "taxonomy/\(s)"
    case .url: "reference"
    }
  }
}

/// A rule example that runs as a test.
///
/// `↓` marks the line where a finding must land (the marker is removed before scanning).
/// A triggering example without markers only requires the rule to fire somewhere.
public struct Example: Sendable {
  public var text: String
  /// The language the example is written in; decides the file it is placed in.
  public var language: Language
  /// Explicit path inside the test skill (defaults: `SKILL.md`, `scripts/example.sh` …).
  public var path: String?
  /// Why a non-triggering example must stay quiet (the trap it guards).
  public var note: String
  public var sourceFile: String
  public var sourceLine: Int

  public init(
    _ text: String, language: Language = .markdown, path: String? = nil, note: String = "",
    file: String = #filePath, line: Int = #line
  ) {
    self.text = text
    self.language = language
    self.path = path
    self.note = note
    self.sourceFile = file
    self.sourceLine = line
  }
}
