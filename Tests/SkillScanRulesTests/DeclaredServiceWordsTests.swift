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

/// Path candidates of a mention: the byte split of ASCII text gives the character split.
@Suite struct MentionPathCandidatesTests {
  @Test func byteSplitMatchesCharacterSplit() {
    let pieces = ["cat", " ", "~/.ssh/id_rsa", "'", "\"", "`", "(", ")", "[", "]", ",", "=", "@", "<", ">", "|", ";", "\t", "\n", "\r\n", "é", "x", ""]
    var rng = SystemRandomNumberGenerator()
    for _ in 0..<1_000 {
      let text = (0..<Int.random(in: 0...14, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
      let reference = text.split(whereSeparator: { ExfilSources.mentionSeparators.contains($0) }).prefix(512).map(String.init)
      #expect(ExfilSources.pathCandidates(text) == reference, "\(text.debugDescription)")
    }
    let many = (0..<600).map { "w\($0)" }.joined(separator: " ")
    #expect(ExfilSources.pathCandidates(many).count == 512)
    #expect(ExfilSources.pathCandidates(many).last == "w511")
  }
}
