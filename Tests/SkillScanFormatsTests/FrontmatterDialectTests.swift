import SkillScanCore
import Testing

@testable import SkillScanFormats

@Suite("FrontmatterParser: dialects agents accept")
struct FrontmatterDialectTests {
  private func noteLines(_ status: FrontmatterStatus, containing word: String) -> [Int] {
    notes(status).filter { $0.message.contains(word) }.map(\.line)
  }

  @Test func byteOrderMark() throws {
    let (fm, status) = parseFrontmatter("\u{FEFF}---\nname: bom-skill\n---\n")
    #expect(try #require(fm).name == "bom-skill")
    #expect(noteLines(status, containing: "byte-order mark") == [1])
    #expect(fm?.keyLines["name"] == 2)
  }

  @Test func crlfLineEndings() throws {
    let text = "---\r\nname: crlf\r\ndescription: Uses CRLF.\r\n---\r\nbody\r\n"
    let (fm, status) = parseFrontmatter(text)
    let frontmatter = try #require(fm)
    #expect(frontmatter.name == "crlf")
    #expect(frontmatter.description == "Uses CRLF.")
    #expect(frontmatter.keyLines == ["name": 2, "description": 3])
    #expect(noteLines(status, containing: "CRLF") == [1])
  }

  @Test func leadingBlankLinesAndTrailingSpaces() throws {
    let text = "\n  \n---  \nname: late\n--- \nbody"
    let (fm, status) = parseFrontmatter(text)
    #expect(try #require(fm).name == "late")
    #expect(fm?.keyLines["name"] == 4)
    #expect(noteLines(status, containing: "blank line") == [3])
    #expect(noteLines(status, containing: "after the opening") == [3])
    #expect(noteLines(status, containing: "after the closing") == [5])
  }

  @Test func closingDots() throws {
    let (fm, status) = parseFrontmatter("---\nname: dots\n...\nbody")
    #expect(try #require(fm).name == "dots")
    #expect(noteLines(status, containing: "`...`") == [3])
  }

  @Test func inlineJSONMetadata() throws {
    let text = """
      ---
      name: oc
      metadata: {"openclaw":{"requires":{"bins":["jq"]},"always":true}}
      ---
      """
    let (fm, status) = parseFrontmatter(text)
    let frontmatter = try #require(fm)
    #expect(isParsed(status))
    #expect(frontmatter["metadata"]?["openclaw"]?["always"] == .bool(true))
    #expect(frontmatter["metadata"]?["openclaw"]?["requires"]?["bins"] == .list([.string("jq")]))
    #expect(noteLines(status, containing: "flow style") == [3])
  }

  @Test func multiLineJSONMetadataClosingAtColumnZero() throws {
    let text = """
      ---
      name: oc
      metadata: {
        "openclaw": {"emoji": "x", "os": ["linux"],},
      }
      description: after
      ---
      """
    let (fm, status) = parseFrontmatter(text)
    let frontmatter = try #require(fm)
    #expect(frontmatter["metadata"]?["openclaw"]?["os"] == .list([.string("linux")]))
    #expect(frontmatter.description == "after")
    #expect(frontmatter.keyLines["description"] == 6)
    #expect(isParsed(status))
  }

  @Test func json5MetadataWithCommentsFallsBackToLenientReader() throws {
    let text = """
      ---
      name: oc
      metadata: {
        // OpenClaw reads JSON5
        openclaw: {always: true, install: [{kind: 'download', url: 'https://x.example/a.zip',},],},
      }
      description: still read
      ---
      """
    let (fm, status) = parseFrontmatter(text)
    let frontmatter = try #require(fm)
    #expect(frontmatter.description == "still read")
    #expect(frontmatter["metadata"]?["openclaw"]?["always"] == .bool(true))
    #expect(
      frontmatter["metadata"]?["openclaw"]?["install"]?.flattened().map(\.text)
        == ["download", "https://x.example/a.zip"])
    #expect(noteLines(status, containing: "JSON5") == [3])
  }

  @Test func duplicateKeysKeepTheLastValue() throws {
    let text = "---\nname: first\ndescription: d\nname: second\n---\n"
    let (fm, status) = parseFrontmatter(text)
    let frontmatter = try #require(fm)
    #expect(isParsed(status))
    #expect(frontmatter.name == "second")
    #expect(frontmatter.keys == ["name", "description"])
    #expect(frontmatter.keyLines["name"] == 4)
    #expect(noteLines(status, containing: "duplicate key `name`") == [4])
  }

  @Test func tabIndentation() throws {
    let text = "---\nname: tabs\nmetadata:\n\tauthor: me\n\tversion: \"1\"\n---\n"
    let (fm, status) = parseFrontmatter(text)
    let frontmatter = try #require(fm)
    #expect(frontmatter["metadata"]?["author"] == .string("me"))
    #expect(noteLines(status, containing: "tab") == [4])
  }

  @Test func allowedToolsAsList() throws {
    let text = "---\nname: t\nallowed-tools:\n- Read\n- Bash(git diff *)\n---\n"
    let (fm, _) = parseFrontmatter(text)
    let tools = AllowedTools.parse(try #require(fm)["allowed-tools"])
    #expect(tools == [ToolGrant(name: "Read"), ToolGrant(name: "Bash", argument: "git diff *")])
  }
}
