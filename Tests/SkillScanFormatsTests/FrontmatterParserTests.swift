import SkillScanCore
import Testing

@testable import SkillScanFormats

func parseFrontmatter(_ text: String) -> (Frontmatter?, FrontmatterStatus) {
  FrontmatterParser().parse(bytes: Array(text.utf8))
}

func notes(_ status: FrontmatterStatus) -> [DialectNote] {
  if case .parsed(let notes) = status { return notes }
  return []
}

func isParsed(_ status: FrontmatterStatus) -> Bool {
  if case .parsed = status { return true }
  return false
}

func brokenLine(_ status: FrontmatterStatus) -> Int? {
  if case .broken(_, let line) = status { return line }
  return nil
}

@Suite("FrontmatterParser: plain YAML")
struct FrontmatterPlainTests {
  @Test func parsesKeysInOrderWithLines() throws {
    let text = "---\nname: pdf-tools\ndescription: Reads PDFs.\nlicense: MIT\n---\n# Body\n"
    let (fm, status) = parseFrontmatter(text)
    let frontmatter = try #require(fm)
    #expect(notes(status).isEmpty && isParsed(status))
    #expect(frontmatter.keys == ["name", "description", "license"])
    #expect(frontmatter.name == "pdf-tools")
    #expect(frontmatter.description == "Reads PDFs.")
    #expect(frontmatter.keyLines == ["name": 2, "description": 3, "license": 4])
    #expect(frontmatter.yamlRange == 4..<(text.utf8.count - "---\n# Body\n".utf8.count))
    #expect(frontmatter.blockRange.lowerBound == 0)
    let closing = Array(text.utf8)[frontmatter.blockRange.upperBound - 3..<frontmatter.blockRange.upperBound]
    #expect(String(decoding: closing, as: UTF8.self) == "---")
  }

  @Test func keepsNestedOrderAndScalarTypes() throws {
    let text = """
      ---
      name: x
      metadata:
        zeta: "1"
        alpha: 2
        flag: true
        none: ~
        list: [a, 'b']
      ---
      """
    let (fm, _) = parseFrontmatter(text)
    let metadata = try #require(fm?["metadata"])
    guard case .map(let pairs) = metadata else {
      Issue.record("metadata not a map")
      return
    }
    #expect(pairs.map(\.key) == ["zeta", "alpha", "flag", "none", "list"])
    #expect(metadata["zeta"] == .string("1"))
    #expect(metadata["alpha"] == .number("2"))
    #expect(metadata["flag"] == .bool(true))
    #expect(metadata["none"] == .null)
    #expect(metadata["list"] == .list([.string("a"), .string("b")]))
  }

  @Test func missingBlock() {
    #expect(parseFrontmatter("# Title\n\nname: x\n").1 == .missing)
    #expect(parseFrontmatter("").1 == .missing)
    #expect(parseFrontmatter("\n\n").1 == .missing)
    #expect(parseFrontmatter("----\nname: x\n----\n").1 == .missing)
  }

  @Test func unterminatedBlockIsBrokenWithKeysUpToFirstBlankLine() throws {
    let (fm, status) = parseFrontmatter("---\nname: x\ndescription: y\n\n# Body\nnote: body\n")
    let frontmatter = try #require(fm)
    #expect(brokenLine(status) == 1)
    #expect(frontmatter.keys == ["name", "description"])
    #expect(frontmatter.keyLines == ["name": 2, "description": 3])
  }

  @Test func emptyBlockIsAnEmptyMap() throws {
    let (fm, status) = parseFrontmatter("---\n---\nbody")
    #expect(try #require(fm).keys.isEmpty)
    #expect(isParsed(status))
  }

  @Test func endsAtFirstDelimiterLine() throws {
    let text = "---\nname: a\n---\ndescription: not frontmatter\n---\n"
    let (fm, _) = parseFrontmatter(text)
    #expect(try #require(fm).keys == ["name"])
  }

  @Test func blockScalarsAndQuotedStrings() throws {
    let text = """
      ---
      name: "quoted: name"
      description: >
        Folded text
        over lines.
      compatibility: |
        line one
        line two
      ---
      """
    let (fm, status) = parseFrontmatter(text)
    let frontmatter = try #require(fm)
    #expect(isParsed(status))
    #expect(frontmatter.name == "quoted: name")
    #expect(frontmatter.description == "Folded text over lines.\n")
    #expect(frontmatter["compatibility"] == .string("line one\nline two\n"))
    #expect(frontmatter.keyLines["compatibility"] == 6)
  }
}
