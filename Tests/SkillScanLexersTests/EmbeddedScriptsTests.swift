import SkillScanCore
@testable import SkillScanLexers
import Testing

/// `<script>` blocks of HTML and SVG files become JavaScript regions.
@Suite("Embedded scripts")
struct EmbeddedScriptsTests {
  func texts(_ html: String) -> [String] {
    let bytes = Array(html.utf8)
    return EmbeddedScripts.ranges(in: bytes).map { String(decoding: bytes[$0], as: UTF8.self) }
  }

  @Test("Script elements are found case-insensitively, with attributes, CDATA unwrapped")
  func ranges() {
    #expect(texts("<p>x</p><SCRIPT type=\"module\">a()</Script><script>b()</script>") == ["a()", "b()"])
    #expect(texts("<svg><script><![CDATA[\n  c();\n]]></script></svg>") == ["\n  c();\n"])
    #expect(texts("<scripts>no</scripts><script-x>no</script-x>").isEmpty)
    #expect(texts("<script src=\"x.js\"></script>").isEmpty)
    #expect(texts("<script>unclosed()") == ["unclosed()"])
  }

  @Test("Pages are named by their last extension, in any case")
  func appliesToPath() {
    for path in ["a/page.html", "LOGO.SVG", "x.Htm", "d/x.xhtml", "s.shtml"] {
      #expect(EmbeddedScripts.applies(toPath: path), "\(path)")
    }
    for path in ["html", "a/b.js", "page.html.bak", "x.htmlx", "x.sv", "svg/readme.md", "x."] {
      #expect(!EmbeddedScripts.applies(toPath: path), "\(path)")
    }
  }

  @Test("HTML and SVG files get a JavaScript region per script; other text files do not")
  func analyzerRegions() {
    let html = "<html><script>fetch(u)</script></html>"
    let svg = SourceFile(path: "assets/logo.svg", bytes: Array(html.utf8), kind: .text, language: .text)
    let regions = DefaultFileAnalyzer().regions(of: svg)
    #expect(regions.contains { $0.language == .javascript && $0.context == .code && !$0.tokens.isEmpty })
    let notes = SourceFile(path: "notes.txt", bytes: Array(html.utf8), kind: .text, language: .text)
    #expect(!DefaultFileAnalyzer().regions(of: notes).contains { $0.language == .javascript })
  }
}
