import SkillScanCore
import SkillScanTestSupport
import Testing

@Suite("Example runner")
struct ExampleRunnerTests {
  @Test("Markers are stripped and their lines and columns recorded")
  func markers() {
    let marked = MarkedText("a\n↓bc ↓d\ne↓")
    #expect(marked.text == "a\nbc d\ne")
    #expect(marked.markedLines == [2, 3])
    #expect(marked.marks.map(\.column) == [1, 4, 2])
    #expect(marked.inserting("é🙂 ", atMarkerOn: 2) == "a\né🙂 bc d\ne")
  }

  @Test("Markdown examples get frontmatter and shifted lines")
  func markdownLayout() {
    let skill = ExampleSkill(text: "hello\n", language: .markdown, path: nil)
    #expect(skill.file == "SKILL.md")
    #expect(skill.lineOffset == 4)
    #expect(skill.bundle.files.map(\.path) == ["SKILL.md"])
    let own = ExampleSkill(text: "---\nname: x\n---\n", language: .markdown, path: nil)
    #expect(own.lineOffset == 0)
  }

  @Test("Script examples are activated by a SKILL.md that mentions them")
  func scriptLayout() throws {
    let skill = ExampleSkill(text: "echo hi\n", language: .shell, path: nil)
    #expect(skill.file == "scripts/example.sh")
    let script = try #require(skill.bundle.files.first { $0.path == "scripts/example.sh" })
    #expect(script.kind == .script && script.language == .shell)
    let instructions = try #require(skill.bundle.skillFile)
    #expect(String(decoding: instructions.bytes, as: UTF8.self).contains("scripts/example.sh"))
  }

  @Test("The fence layout puts the script after the fence line")
  func fenced() {
    let skill = ExampleSkill(text: "echo hi\n", language: .shell, path: nil, layout: .fenced("bash"))
    #expect(skill.file == "SKILL.md")
    #expect(skill.lineOffset == 6)
  }
}
