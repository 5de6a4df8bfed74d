import SkillScanCore
import Testing

/// How reachable a bundled file is when `SKILL.md` does not name it (§6.1).
@Suite("File reachability")
struct ReachabilityTests {
  func skill(
    files: [(String, FileKind, Language)], allowedTools: YAMLValue?, body: String = "# Tool\n"
  ) -> AnalyzedSkill {
    var pairs: [(key: String, value: YAMLValue)] = [("name", .string("tool"))]
    if let allowedTools { pairs.append(("allowed-tools", allowedTools)) }
    let frontmatter = Frontmatter(root: .map(pairs), yamlRange: 0..<0, blockRange: 0..<0, keyLines: [:])
    let skillFile = SourceFile(path: "SKILL.md", bytes: Array(body.utf8), kind: .instructions, language: .markdown)
    let sources = [skillFile] + files.map { SourceFile(path: $0.0, bytes: Array("x = 1\n".utf8), kind: $0.1, language: $0.2) }
    let analyzed = sources.map { AnalyzedFile(source: $0, regions: []) }
    return AnalyzedSkill(
      bundle: SkillBundle(path: "tool", files: sources), files: analyzed, frontmatter: frontmatter,
      frontmatterStatus: .parsed(notes: []), referencedPaths: [])
  }

  @Test("An unnamed script is activated when the skill does not restrict execution")
  func unrestricted() {
    let s = skill(files: [("process.py", .script, .python)], allowedTools: nil)
    #expect(s.grantsCodeExecution)
    #expect(s.reachability(ofFile: "process.py") == .activated)
  }

  @Test("Shell and interpreter grants make unnamed scripts activated")
  func executionGrants() {
    for grant: YAMLValue in [.list([.string("Python")]), .string("Read, Bash(git:*)"), .list([.string("Execute")])] {
      let s = skill(files: [("scripts/run.sh", .script, .shell)], allowedTools: grant)
      #expect(s.reachability(ofFile: "scripts/run.sh") == .activated, "\(grant)")
    }
  }

  @Test("A grant without execution tools leaves an unnamed script only present")
  func readOnlyGrant() {
    let s = skill(files: [("helper.py", .script, .python)], allowedTools: .list([.string("Read"), .string("Grep")]))
    #expect(!s.grantsCodeExecution)
    #expect(s.reachability(ofFile: "helper.py") == .present)
  }

  @Test("SKILL.md pointing at the script's folder activates it under a read-only grant")
  func folderMentioned() {
    let s = skill(
      files: [("scripts/helper.py", .script, .python)], allowedTools: .list([.string("Read")]),
      body: "Run the scripts in `scripts/` to build the report.\n")
    #expect(s.reachability(ofFile: "scripts/helper.py") == .activated)
  }

  @Test("Test files, fixtures and non-code files are not activated by an execution grant")
  func testsAndData() {
    let s = skill(
      files: [
        ("test_process.py", .script, .python), ("tests/run.sh", .script, .shell),
        ("data/config.json", .text, .json), ("src/app.spec.js", .script, .javascript),
      ],
      allowedTools: nil)
    #expect(s.reachability(ofFile: "test_process.py") == .present)
    #expect(s.reachability(ofFile: "src/app.spec.js") == .present)
    #expect(s.reachability(ofFile: "tests/run.sh") == .fixture)
    #expect(s.reachability(ofFile: "data/config.json") == .present)
  }
}

extension ReachabilityTests {
  @Test("Compound test folder names are fixtures; words that merely contain 'test' are not")
  func compoundFixtureFolders() {
    for folder in ["test-fixtures", "test_malicious_skill", "unit-tests", "api.mocks", "tests", "examples"] {
      let s = skill(files: [("\(folder)/payload.sh", .script, .shell)], allowedTools: nil)
      #expect(s.reachability(ofFile: "\(folder)/payload.sh") == .fixture, "\(folder)")
    }
    for folder in ["latest", "contest", "testing-utils", "scripts"] {
      let s = skill(files: [("\(folder)/run.sh", .script, .shell)], allowedTools: nil)
      #expect(s.reachability(ofFile: "\(folder)/run.sh") == .activated, "\(folder)")
    }
  }
}
