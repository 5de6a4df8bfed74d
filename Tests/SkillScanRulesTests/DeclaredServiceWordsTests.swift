import Testing

@testable import SkillScanRules

/// Declared-service words: the byte reading of ASCII text gives what the scalar reading gives.
@Suite struct DeclaredServiceWordsTests {
  @Test func asciiReadingMatchesScalarReading() {
    let pieces = ["Notion", "API", " ", "-", "_", "v2", "abc", "ab", "x", "2024", ".", "HTTPS://api.notion.com/v1", "\n", "SLACK_BOT_TOKEN", "a1b"]
    var rng = SystemRandomNumberGenerator()
    for _ in 0..<1_000 {
      let text = (0..<Int.random(in: 0...12, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
      #expect(ExfilDeclaredService.words(of: text) == ExfilDeclaredService.scalarWords(of: text), "\(text.debugDescription)")
    }
    // Only the first 20,000 scalars are read, in both readings.
    let long = String(repeating: "a", count: 19_998) + " word"
    #expect(ExfilDeclaredService.words(of: long) == ExfilDeclaredService.scalarWords(of: long))
    #expect(ExfilDeclaredService.words(of: "Stripe Payments for café owners") == ["stripe", "payments", "for", "café", "owners"])
  }
}
