@testable import SkillScanCore
import Testing

/// A rule that reports the start of every file it is run on, gated by `keywords`.
private struct GatedRule: Rule {
  static let description = RuleDescription(
    id: "gated", name: "Gated", pattern: .p1, severity: .low, confidence: .low,
    languages: [.shell], summary: "s", rationale: "r", remediation: "m",
    references: [.cwe(1)], keywords: ["curl", "rm -rf"], triggeringExamples: [], nonTriggeringExamples: [])

  func check(file: AnalyzedFile, in skill: AnalyzedSkill, into sink: inout FindingSink) {
    sink.report("ran", in: file, at: 0..<min(1, file.bytes.count))
  }
}

/// A rule gated by a keyword that holds a backslash, which dequoting drops.
private struct EscapeGatedRule: Rule {
  static let description = RuleDescription(
    id: "escape-gated", name: "Escape gated", pattern: .p1, severity: .low, confidence: .low,
    languages: [.shell], summary: "s", rationale: "r", remediation: "m",
    references: [.cwe(1)], keywords: ["\\x", "rm -rf"], triggeringExamples: [], nonTriggeringExamples: [])

  func check(file: AnalyzedFile, in skill: AnalyzedSkill, into sink: inout FindingSink) {
    sink.report("ran", in: file, at: 0..<min(1, file.bytes.count))
  }
}

/// A rule gated by keywords with and without bytes that dequoting drops.
private struct RawGatedRule: Rule {
  static let description = RuleDescription(
    id: "raw-gated", name: "Raw gated", pattern: .p1, severity: .low, confidence: .low,
    languages: [.shell], summary: "s", rationale: "r", remediation: "m",
    references: [.cwe(1)], keywords: ["\\x", "'a')", "ax", "b a", "x"], triggeringExamples: [], nonTriggeringExamples: [])

  func check(file: AnalyzedFile, in skill: AnalyzedSkill, into sink: inout FindingSink) {}
}

/// The engine's keyword gate reads a file as written and with quotes dropped, in one pass.
@Suite struct KeywordGateTests {
  /// The straightforward reading of ``RuleEngine/dequoted(_:)``'s contract.
  func reference(_ bytes: [UInt8]) -> [UInt8]? {
    guard bytes.contains(where: { $0 == 0x27 || $0 == 0x22 || $0 == 0x5C }) else { return nil }
    var out: [UInt8] = []
    var escaped = false
    for b in bytes {
      if escaped && (b == 0x0A || b == 0x0D) { continue }
      escaped = b == 0x5C
      if b == 0x27 || b == 0x22 || b == 0x5C { continue }
      out.append(b)
    }
    return out
  }

  @Test("Dequoting drops quotes, backslashes and escaped line breaks, and nothing else")
  func dequotingMatchesItsContract() {
    var generator = SystemRandomNumberGenerator()
    let alphabet = Array("ab \"'\\\n\r$".utf8)
    // Mostly letters, so that many eight-byte runs hold nothing to drop.
    let sparse = Array("abcdefghijklmnop qrstuvwxyz0123456789.,-\"'\\\n".utf8)
    for length in [0, 1, 2, 3, 7, 9, 17, 64, 500] {
      for _ in 0..<200 {
        let bytes = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }
        #expect(RuleEngine.dequoted(bytes) == reference(bytes), "input \(bytes)")
        let text = (0..<length).map { _ in sparse.randomElement(using: &generator)! }
        #expect(RuleEngine.dequoted(text) == reference(text), "input \(text)")
      }
    }
    #expect(RuleEngine.dequoted(Array("c\"ur\"l | b'a'sh".utf8)) == Array("curl | bash".utf8))
    #expect(RuleEngine.dequoted(Array("cu\\\nrl".utf8)) == Array("curl".utf8))
    #expect(RuleEngine.dequoted(Array("plain text".utf8)) == nil)
  }

  func ran(_ text: String) -> Bool {
    let file = SourceFile(path: "s.sh", bytes: Array(text.utf8), kind: .script, language: .shell)
    let skill = AnalyzedSkill(
      bundle: SkillBundle(path: "k", files: [file]), files: [AnalyzedFile(source: file, regions: [])],
      frontmatter: nil, frontmatterStatus: .noSkillFile, referencedPaths: [])
    return RuleEngine(rules: [GatedRule()]).run(skill).contains { $0.ruleID == "gated" }
  }

  @Test(
    "A keyword written plainly, split by quotes, or next to quotes elsewhere opens the gate",
    arguments: ["curl x", "c\"ur\"l x", "cu\\\nrl x", "echo \"hi\"; curl x", "rm -rf 'x'", "r'm' -rf x", "echo 'curl'"])
  func gateOpens(text: String) {
    #expect(ran(text))
  }

  func ranEscapeGated(_ text: String) -> Bool {
    let file = SourceFile(path: "s.sh", bytes: Array(text.utf8), kind: .script, language: .shell)
    let skill = AnalyzedSkill(
      bundle: SkillBundle(path: "k", files: [file]), files: [AnalyzedFile(source: file, regions: [])],
      frontmatter: nil, frontmatterStatus: .noSkillFile, referencedPaths: [])
    return RuleEngine(rules: [EscapeGatedRule()]).run(skill).contains { $0.ruleID == "escape-gated" }
  }

  @Test(
    "A keyword holding a backslash is found in the raw text, in either case, even where quotes are dropped",
    arguments: [("printf \"\\x63\"", true), ("printf '\\X63'", true), ("printf \\x63", true), ("printf \"x63\"", false), ("a\\ \"x\"", false)])
  func escapeKeyword(text: String, opens: Bool) {
    #expect(ranEscapeGated(text) == opens)
  }

  @Test("The gate finds each keyword in the raw text or with quotes dropped, exactly as a plain case-folded search does")
  func gateMatchesReference() {
    var generator = SystemRandomNumberGenerator()
    let alphabet = Array("aAxX\\\"' b)(".utf8)
    let keywords = RawGatedRule.description.keywords.map { Array($0.lowercased().utf8) }
    func fold(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
    func holds(_ keyword: [UInt8], _ bytes: [UInt8]) -> Bool {
      bytes.count >= keyword.count && (0...(bytes.count - keyword.count)).contains { i in
        keyword.indices.allSatisfy { fold(bytes[i + $0]) == keyword[$0] }
      }
    }
    let engine = RuleEngine(rules: [RawGatedRule()])
    for length in [0, 1, 2, 5, 40, 5000] {
      for _ in 0..<(length > 100 ? 20 : 200) {
        let bytes = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }
        let dequoted = RuleEngine.dequoted(bytes) ?? bytes
        let present = engine.keywordsPresent(in: bytes)
        for (index, keyword) in keywords.enumerated() {
          let expected = holds(keyword, bytes) || holds(keyword, dequoted)
          #expect(present[index] == expected, "\(String(decoding: keyword, as: UTF8.self)) in \(String(decoding: bytes, as: UTF8.self))")
        }
      }
    }
  }

  @Test("A file with none of the keywords, quoted or not, skips the rule", arguments: ["echo hi", "echo \"cur\" l", "rm -r x"])
  func gateStaysShut(text: String) {
    #expect(!ran(text))
  }
}

extension KeywordGateTests {
  @Test("Characters that normalisation removes or folds open every gate; a leading BOM does not")
  func normalisedAwayCharacters() {
    for hidden in ["ig\u{200B}nore", "c\u{00AD}url", "\u{FF29}\u{FF27}\u{FF2E}", "x\u{2066}y", "a\u{FEFF}b", "t\u{E0041}ag"] {
      #expect(RuleEngine.holdsNormalisedAway(Array(hidden.utf8)), "\(hidden.unicodeScalars.map { String($0.value, radix: 16) })")
    }
    for plain in ["\u{FEFF}# Title", "plain ascii", "“smart quotes” — and a dash", "中文，全角标点：（）", "émoji 🙂"] {
      #expect(!RuleEngine.holdsNormalisedAway(Array(plain.utf8)), "\(plain)")
    }
  }
}
