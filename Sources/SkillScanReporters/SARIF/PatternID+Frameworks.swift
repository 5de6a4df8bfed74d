import SkillScanCore

extension PatternID {
  /// The framework entries taxonomy.md §7 maps this pattern to (OWASP LLM 2025, OWASP
  /// Agentic 2026, MITRE ATLAS, unverified), most specific first.
  ///
  /// SARIF tags come from here when no rule descriptor is passed in, and merge with a rule's
  /// own references when one is, so every alert can be filtered by framework on GitHub.
  var frameworkReferences: [Reference] {
    func refs(_ llm: [Int], _ asi: [Int], _ atlas: [String]) -> [Reference] {
      llm.map(Reference.owaspLLM) + asi.map(Reference.owaspASI) + atlas.map(Reference.atlas)
    }
    switch self {
    case .p1: return refs([1], [1], ["AML.T0051", "AML.T0054"])
    case .p2, .unicodeSmuggling: return refs([1], [1], ["AML.T0051"])
    case .p3: return refs([1, 2], [1, 2], ["AML.T0051", "AML.T0086"])
    case .p4: return refs([1, 6], [1, 9], ["AML.T0051"])
    case .e1: return refs([2], [2], ["AML.T0086"])
    case .e2, .pe3: return refs([2], [3], ["AML.T0083", "AML.T0098"])
    case .e3: return refs([2], [2], ["AML.T0084"])
    case .e4: return refs([2, 7], [2, 6], ["AML.T0057", "AML.T0086"])
    case .pe1, .overbroadTools: return refs([6], [2, 3], ["AML.T0053"])
    case .pe2: return refs([6], [3, 5], ["AML.T0050"])
    case .sc1: return refs([3], [4], ["AML.T0109"])
    case .sc2: return refs([3, 5], [4, 5], ["AML.T0010.005", "AML.T0050"])
    case .sc3, .opaqueContent: return refs([3], [4, 5], ["AML.T0010.005"])
    case .fakePrerequisite: return refs([3], [4, 9], ["AML.T0011.002", "AML.T0010.005"])
    case .reverseShell, .persistence: return refs([6], [5, 10], ["AML.T0050"])
    case .agentTampering: return refs([4, 6], [6, 10], ["AML.T0080", "AML.T0081"])
    case .loadTimeExecution: return refs([3, 5], [5], ["AML.T0050"])
    case .hardcodedSecret: return refs([2], [3], ["AML.T0083", "AML.T0057"])
    case .destructive: return refs([6], [2, 5], ["AML.T0102"])
    case .injection: return refs([5], [5], ["AML.T0050"])
    case .impersonation:
      return refs([3], [4, 9], ["AML.T0010.005", "AML.T0115.002", "AML.T0110.000"])
    case .remoteInstructions: return refs([1, 3], [1, 4], ["AML.T0051.001", "AML.T0109"])
    case .moneyMovement: return refs([6], [2, 9], ["AML.T0053"])
    case .transitiveTrust: return refs([1], [1, 4], ["AML.T0051.001", "AML.T0110"])
    case .suspiciousEndpoint, .knownMalware, .spec, .integrity: return []
    }
  }
}
