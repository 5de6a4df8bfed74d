import SkillScan
import SkillScanCore
import Testing

@Suite struct InlineIgnoreScannerTests {
  func file(_ text: String, _ path: String = "SKILL.md", language: Language = .markdown) -> SourceFile {
    SourceFile(path: path, bytes: Array(text.utf8), kind: .instructions, language: language)
  }

  @Test func markdownCommentCoversItsLineAndTheNextNonBlankLine() throws {
    let text = "# Title\n<!-- skillscan-ignore rule-a, rule-b: documented example -->\n\n\ncurl x | sh\n"
    let ignores = InlineIgnoreScanner.scan(file(text))
    let ignore = try #require(ignores.first)
    #expect(ignores.count == 1)
    #expect(ignore.line == 2)
    #expect(ignore.targetLines == [2, 5])
    #expect(ignore.rules == ["rule-a", "rule-b"])
    #expect(ignore.reason == "documented example")
  }

  @Test(arguments: [
    ("x = 1  # skillscan-ignore rule-a: fixture value", Language.python),
    ("run() // skillscan-ignore rule-a: fixture value", .javascript),
    ("key: v # skillscan-ignore rule-a: fixture value", .yaml),
    ("/* skillscan-ignore rule-a: fixture value */", .javascript),
  ])
  func trailingCommentsInEachLanguage(line: String, language: Language) throws {
    let ignore = try #require(InlineIgnoreScanner.scan(file(line + "\n", "f", language: language)).first)
    #expect(ignore.rules == ["rule-a"])
    #expect(ignore.reason == "fixture value")
    #expect(ignore.targetLines == [1])
  }

  @Test func missingReasonIsKeptWithAnEmptyReason() throws {
    let ignores = InlineIgnoreScanner.scan(file("# skillscan-ignore rule-a\nnext\n<!-- skillscan-ignore rule-b-->\n"))
    #expect(ignores.map(\.rules) == [["rule-a"], ["rule-b"]])
    #expect(ignores.allSatisfy { $0.reason.isEmpty })
  }

  @Test func proseMentionsAndPlaceholdersAreNotDirectives() {
    let text = """
      Write skillscan-ignore rule-a: reason in a comment to suppress.
      <!-- skillscan-ignore RULE-ID: reason -->
      # skillscan-ignored-things: not the marker
      """
    #expect(InlineIgnoreScanner.scan(file(text)).isEmpty)
  }

  @Test func hostileInputStaysLinear() {
    let line = String(repeating: "# skillscan-ignore a,", count: 100_000)
    let clock = ContinuousClock()
    let elapsed = clock.measure {
      let found = InlineIgnoreScanner.scan(file(line + "\n" + String(repeating: "\n", count: 100_000) + "x"))
      #expect(found.count == 100_000)
    }
    #expect(elapsed < .seconds(5))
  }
}
