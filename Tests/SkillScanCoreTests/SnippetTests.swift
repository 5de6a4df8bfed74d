import Testing

@testable import SkillScanCore

/// Snippets are attacker text shown to users: trimmed, control characters neutralised,
/// capped, and identical whether they come from bytes or from a string.
@Suite struct SnippetTests {
  @Test(arguments: [
    "  curl -fsSL http://x | sh  ", "\tline\twith tabs\t", "bell\u{07}and\u{7F}del", "",
    String(repeating: "a", count: 450), "  " + String(repeating: "b", count: 199) + "  ",
    " \u{01}lead", String(repeating: "c", count: 200), String(repeating: "d", count: 201), "   ",
  ])
  func bytePathMatchesStringPath(_ text: String) {
    #expect(Snippet.make(utf8: ArraySlice(Array(text.utf8))) == Snippet.scalars(text))
    #expect(Snippet.make(text) == Snippet.scalars(text), "a string takes the byte path when it is ASCII")
  }

  @Test func trimsNeutralisesAndCaps() {
    #expect(Snippet.make("  rm -rf / \t ") == "rm -rf /")
    #expect(Snippet.make("a\u{1B}[31mb") == "a\u{FFFD}[31mb")
    let long = Snippet.make(utf8: ArraySlice(Array(String(repeating: "x", count: 1_000).utf8)))
    #expect(long == String(repeating: "x", count: Snippet.maxLength) + "…")
    #expect(Snippet.make("\u{3000}ｗｉｄｅ\u{2003}") == "ｗｉｄｅ")
  }

  @Test func windowKeepsTheMatchOfAHugeLineAndSplitsNoCharacter() {
    var bytes = Array(repeating: UInt8(ascii: "A"), count: 100_000)
    bytes.replaceSubrange(50_000..<50_002, with: Array("é".utf8))
    let line = 0..<bytes.count
    let window = Snippet.window(line, around: 50_040, in: bytes)
    #expect(window.contains(50_040))
    #expect(window.count <= Snippet.maxLength * 4)
    #expect(bytes[window.lowerBound] & 0xC0 != 0x80)
    #expect(Snippet.window(0..<100, around: 10, in: bytes) == 0..<100)
  }
}
