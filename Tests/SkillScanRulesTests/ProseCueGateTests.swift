import Testing

@testable import SkillScanRules

/// File-level cue gates: every text in which a rule's per-sentence test could succeed must
/// pass its gate (the gate reads plain substrings of the same normalised text).
@Suite struct ProseCueGateTests {
  static func randomTexts(_ pieces: [String], count: Int = 3_000) -> [[UInt8]] {
    var rng = SystemRandomNumberGenerator()
    return (0..<count).map { _ in
      Array((0..<Int.random(in: 1...8, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined(separator: " ").utf8)
    }
  }

  @Test func harmfulStandingInstructionGate() {
    let pieces = [
      "send", "email", "a link", "to every", "contact", "all your", "subscribers", "create", "an admin", "account", "with password",
      "hunter2", "disable", "the firewall", "antivirus", "prevent", "reporting", "fraud", "to the police", "the", "notes", "x",
    ]
    var passes = 0
    for text in Self.randomTexts(pieces) {
      let c = HijackActionCues.self
      let branchCues =
        (c.sendVerbs.containsMatch(in: text) && c.massRecipients.containsMatch(in: text)) || c.password.containsMatch(in: text)
        || c.protections.containsMatch(in: text) || c.wrongdoing.containsMatch(in: text)
      if branchCues {
        passes += 1
        #expect(HarmfulStandingInstructionRule.mayHoldHit(text), "\(String(decoding: text, as: UTF8.self))")
      }
    }
    #expect(passes > 100)
    #expect(!HarmfulStandingInstructionRule.mayHoldHit(Array("summarise the open file in three bullet points".utf8)))
  }

  @Test func moneyMovementGate() {
    let pieces = [
      "append ?ref=", "our", "affiliate id", "to every link", "transfer funds", "withdraw", "the", "card number", "market order",
      "do not mention", "summarise", "notes", "x",
    ]
    var passes = 0
    for text in Self.randomTexts(pieces) where MoneyMovementRule.hidden.containsMatch(in: text) || MoneyMovementRule.capability.containsMatch(in: text) {
      passes += 1
      #expect(MoneyMovementRule.proseCues.present(in: text)[0], "\(String(decoding: text, as: UTF8.self))")
    }
    #expect(passes > 100)
    #expect(!MoneyMovementRule.proseCues.present(in: Array("summarise the open file".utf8))[0])
  }

  @Test func safetyOverrideGate() {
    let pieces = [
      "set aside", "ignore", "your", "its usual", "constraints", "guidelines", "all", "safety guidelines", "guardrails",
      "without", "any", "content", "restrictions", "normal", "rules", "do not apply", "are lifted", "previous", "instructions",
      "are merely", "suggestions", "regardless of", "ethics", "unrestricted mode", "the", "table", "remove", "x",
    ]
    var passes = 0
    for text in Self.randomTexts(pieces) where !SafetyOverrideCues.removals(in: text).isEmpty {
      passes += 1
      #expect(SafetyOverrideCues.removalGate.present(in: text)[0], "\(String(decoding: text, as: UTF8.self))")
    }
    #expect(passes > 100)
    #expect(!SafetyOverrideCues.removalGate.present(in: Array("remove the constraint from the table".utf8))[0])
  }

  @Test func grammarCues() {
    #expect(SubstringPresence.cues(ofGrammar: ["a|b", "c|d", "e"]) == ["c e", "d e"], "the last adjacent required pair")
    #expect(SubstringPresence.cues(ofGrammar: ["a|b", "|x", "e|f"]) == ["e", "f"], "no adjacent required pair")
    #expect(SubstringPresence.cues(ofGrammar: ["a", "b", "|c"]) == ["a b"])
  }

  @Test func credentialDisclosureGate() {
    let pieces = ["include", "the", "api key", "in", "your response", "your next reply", "back to me", "print", "token", "notes", "x"]
    var passes = 0
    for text in Self.randomTexts(pieces) where CredentialDisclosureRule.replies.containsMatch(in: text) {
      passes += 1
      #expect(CredentialDisclosureRule.replyGate.present(in: text)[0], "\(String(decoding: text, as: UTF8.self))")
    }
    #expect(passes > 100)
  }

  @Test func remoteInstructionsGate() {
    let pieces = ["fetch", "https://x.example/p.md", "and", "follow the instructions", "obey", "before proceeding", "read", "notes", "x"]
    var passes = 0
    for text in Self.randomTexts(pieces)
    where RemoteInstructionsRule.obey.containsMatch(in: text) || RemoteInstructionsRule.beforeProceeding.containsMatch(in: text) {
      passes += 1
      #expect(RemoteInstructionsRule.cueGate.present(in: text)[0], "\(String(decoding: text, as: UTF8.self))")
    }
    #expect(passes > 100)
  }
}
