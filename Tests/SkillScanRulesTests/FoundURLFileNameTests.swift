import Testing

@testable import SkillScanRules

/// `FoundURL.fileName` reads bytes; it must name the same file as splitting the path.
@Suite struct FoundURLFileNameTests {
  /// The path split at `?`/`#`, then at `/` (empty parts dropped), as the name was read before.
  static func reference(_ path: String) -> String {
    let p = path.split(whereSeparator: { $0 == "?" || $0 == "#" }).first.map(String.init) ?? ""
    return p.split(separator: "/").last.map(String.init) ?? ""
  }

  @Test func namesTheLastPathSegment() throws {
    let url = try #require(URLExtractor.parse("https://github.com/acme/tool/releases/download/v1/tool.zip?dl=1#x"))
    #expect(url.fileName == "tool.zip")
    #expect(try #require(URLExtractor.parse("https://example.com/")).fileName == "")
    #expect(try #require(URLExtractor.parse("https://example.com/a/b/")).fileName == "b")
  }

  @Test func agreesWithSplittingOnAnyPath() {
    let pieces = ["/", "a", "b.zip", "?", "#", "q=1", "é", "//", "x.exe", "??", "#frag/", ""]
    var rng = SystemRandomNumberGenerator()
    for _ in 0..<2_000 {
      let path = (0..<Int.random(in: 0...7, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
      var url = URLExtractor.parse("https://example.com/")!
      url.path = path
      #expect(url.fileName == Self.reference(path), "path \(path.debugDescription)")
    }
  }
}
