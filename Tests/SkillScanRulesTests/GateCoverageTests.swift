import SkillScanCore
@testable import SkillScanRules
import Testing

/// The engine runs a rule only on a file holding one of its keywords, so every trigger a
/// rule matches must hold one: a trigger without one is never read. These checks keep the
/// rules' trigger lists and their gates in step as either grows.
@Suite("Keyword gate coverage")
struct GateCoverageTests {
  func keywords(_ id: RuleID) throws -> [String] {
    try #require(BuiltInRules.description(of: id)).keywords
  }

  func uncovered(_ triggers: [String], by keywords: [String]) -> [String] {
    triggers.filter { trigger in !keywords.contains { trigger.lowercased().contains($0) } }
  }

  @Test("Every credential path the flow knows opens credential-store-read")
  func credentialPaths() throws {
    let triggers = ExfilSources.pathFragments.filter { $0.1 == .credential }.map(\.0)
    let missing = uncovered(triggers, by: try keywords("credential-store-read"))
    #expect(missing.isEmpty, "\(missing)")
  }

  @Test("Every start-up file and job folder opens persistence-mechanism")
  func persistenceLocations() throws {
    let triggers = PersistenceMechanismRule.rcFiles + PersistenceMechanismRule.unitDirs
    #expect(uncovered(triggers, by: try keywords("persistence-mechanism")).isEmpty)
  }
}

extension GateCoverageTests {
  @Test("Every Python and JavaScript send the flow knows opens the flow rules")
  func codeSinks() throws {
    // Suffixes stand for a method written after some receiver (`s.sendall(`); the
    // receiver is not part of the trigger.
    let triggers = (CodeFlowSinks.pythonSuffixes + CodeFlowSinks.jsSuffixes).map { $0 + "(" }
    for id: RuleID in ["exfil-flow-credentials", "exfil-flow-environment", "exfil-flow-context", "exfil-flow-personal-data"] {
      let missing = uncovered(triggers, by: try keywords(id))
      #expect(missing.isEmpty, "\(id): \(missing)")
    }
  }
}
