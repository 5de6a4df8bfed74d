/// The taxonomy entry a rule implements: one of the 14 patterns of Liu et al. (P1…SC3), a
/// wild-attack family of taxonomy.md §5, or one of SkillScan's own bookkeeping families.
///
/// Typed rather than a free string so that reports, SARIF tags and the verdict policy can
/// switch over it exhaustively.
public enum PatternID: String, Sendable, Codable, CaseIterable, Comparable {
  // Prompt injection
  case p1 = "P1", p2 = "P2", p3 = "P3", p4 = "P4"
  // Data exfiltration
  case e1 = "E1", e2 = "E2", e3 = "E3", e4 = "E4"
  // Privilege escalation
  case pe1 = "PE1", pe2 = "PE2", pe3 = "PE3"
  // Supply chain
  case sc1 = "SC1", sc2 = "SC2", sc3 = "SC3"
  // Wild families (taxonomy.md §5)
  case fakePrerequisite = "W-FAKE-PREREQ"  // §5.1
  case suspiciousEndpoint = "W-ENDPOINT"  // §5.2
  case reverseShell = "W-REVSHELL"  // §5.3
  case persistence = "W-PERSIST"  // §5.4
  case agentTampering = "W-AGENT-CONFIG"  // §5.5
  case loadTimeExecution = "W-LOADTIME"  // §5.6
  case unicodeSmuggling = "W-UNICODE"  // §5.7
  case hardcodedSecret = "W-SECRET"  // §5.8
  case destructive = "W-DESTRUCTIVE"  // §5.9
  case overbroadTools = "W-TOOLS"  // §5.10
  case impersonation = "W-NAME"  // §5.11
  case remoteInstructions = "W-REMOTE-INSTR"  // §5.12
  case moneyMovement = "W-MONEY"  // §5.13
  case transitiveTrust = "W-TRANSITIVE"  // §5.14
  case knownMalware = "W-MALWARE"  // §5.15
  case opaqueContent = "W-OPAQUE"  // §5.16
  /// Code, shell commands, SQL or a confined path built from a function's input: the
  /// "carelessly insecure code" the paper counts as vulnerable (§1), kept apart from malice.
  case injection = "W-INJECTION"
  // SkillScan's own
  case spec = "SPEC"  // strict-spec violations (formats.md)
  case integrity = "INTEGRITY"  // content that could not be analysed, hostile layout

  /// The category the pattern belongs to.
  public var category: Category {
    switch self {
    case .p1, .p2, .p3, .p4, .unicodeSmuggling, .transitiveTrust: .promptInjection
    case .e1, .e2, .e3, .e4, .hardcodedSecret, .suspiciousEndpoint: .dataExfiltration
    case .pe1, .pe2, .pe3, .overbroadTools, .agentTampering, .persistence, .moneyMovement:
      .privilegeEscalation
    case .sc1, .sc2, .sc3, .fakePrerequisite, .remoteInstructions, .impersonation,
      .knownMalware, .opaqueContent, .loadTimeExecution:
      .supplyChain
    case .reverseShell, .destructive, .injection: .systemCompromise
    case .spec: .format
    case .integrity: .integrity
    }
  }

  /// The tier the taxonomy assigns to the pattern (§3, §5).
  public var tier: Severity {
    switch self {
    case .p1, .p2, .p3, .e2, .e4, .pe3, .sc2, .sc3: .high
    case .fakePrerequisite, .reverseShell, .remoteInstructions, .knownMalware: .high
    case .p4, .e1, .e3, .pe2, .suspiciousEndpoint, .persistence, .agentTampering,
      .loadTimeExecution, .unicodeSmuggling, .hardcodedSecret, .destructive, .impersonation,
      .transitiveTrust, .opaqueContent, .injection, .integrity:
      .medium
    case .pe1, .sc1, .overbroadTools, .moneyMovement, .spec: .low
    }
  }

  /// A human-readable name.
  public var title: String {
    switch self {
    case .p1: "Instruction Override"
    case .p2: "Hidden Instructions"
    case .p3: "Exfiltration Commands"
    case .p4: "Behavior Manipulation"
    case .e1: "External Transmission"
    case .e2: "Env Variable Harvesting"
    case .e3: "File System Enumeration"
    case .e4: "Context Leakage"
    case .pe1: "Excessive Permissions"
    case .pe2: "Sudo/Root Execution"
    case .pe3: "Credential Access"
    case .sc1: "Unpinned Dependencies"
    case .sc2: "External Script Fetching"
    case .sc3: "Obfuscated Code"
    case .fakePrerequisite: "Fake prerequisite / ClickFix dropper"
    case .suspiciousEndpoint: "Raw-IP, paste-site, tunnel or collector URL"
    case .reverseShell: "Reverse shell"
    case .persistence: "Persistence"
    case .agentTampering: "Agent configuration and memory tampering"
    case .loadTimeExecution: "Load-time execution (! preprocessing, hooks)"
    case .unicodeSmuggling: "Unicode smuggling and homoglyphs"
    case .hardcodedSecret: "Hardcoded secrets and leaky credential handling"
    case .destructive: "Destructive commands and resource abuse"
    case .overbroadTools: "Over-broad allowed-tools and capability mismatch"
    case .impersonation: "Typosquatted, impersonating or baiting names"
    case .remoteInstructions: "Remote instructions fetched at run time"
    case .moneyMovement: "Money-moving capability"
    case .transitiveTrust: "Transitive trust and tool poisoning"
    case .knownMalware: "Known malware and campaign indicators"
    case .opaqueContent: "Opaque, oversized or padded content"
    case .injection: "Injectable code (eval, shell, SQL or path built from input)"
    case .spec: "Agent Skills specification conformance"
    case .integrity: "Incomplete analysis or hostile layout"
    }
  }

  public static func < (lhs: PatternID, rhs: PatternID) -> Bool {
    let order = PatternID.allCases
    return (order.firstIndex(of: lhs) ?? 0) < (order.firstIndex(of: rhs) ?? 0)
  }
}

/// The four categories of the study, plus the buckets SkillScan adds for its extra families.
public enum Category: String, Sendable, Codable, CaseIterable {
  case promptInjection = "prompt-injection"
  case dataExfiltration = "data-exfiltration"
  case privilegeEscalation = "privilege-escalation"
  case supplyChain = "supply-chain"
  case systemCompromise = "system-compromise"
  case format
  case integrity
}
