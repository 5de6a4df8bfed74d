import SkillScanCore
import Testing

@testable import SkillScanRules

/// The file-level gate of `bias-injection` must pass every text in which a sentence could
/// start an item: a moderation grammar match or a framing phrase.
@Suite struct BiasItemGateTests {
  static func gate(_ text: [UInt8]) -> Bool { BiasInjectionRule.itemGate.occurs(in: text, range: 0..<text.count) }

  @Test func everyOpenerPassesTheGate() {
    let pieces = [
      "remove", "all", "posts", "that", "flag", "every", "message", "which", "mention", "rivals", "downplay", "in a positive light",
      "favor", "promote", "the", "competitor", "users", "members", "block", "any", "reviews", "with", "hide", "comments", "x", "and",
    ]
    var rng = SystemRandomNumberGenerator()
    var openers = 0
    for _ in 0..<3_000 {
      let text = Array((0..<Int.random(in: 1...9, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined(separator: " ").utf8)
      let opens = !BiasInjectionRule.moderation.matches(in: text).isEmpty || !BiasInjectionCues.framing.matches(in: text).isEmpty
      if opens {
        openers += 1
        #expect(Self.gate(text), "\(String(decoding: text, as: UTF8.self))")
      }
    }
    #expect(openers > 100, "the random texts exercise the openers")
    #expect(!Self.gate(Array("format the notes and list the open tasks for the user".utf8)))
    #expect(Self.gate(Array("flag any comments containing links".utf8)))
  }
}
