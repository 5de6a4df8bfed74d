import SkillScanCore
import SkillScanLoader
import Testing

@Suite("FileClassifier and LoaderChecks")
struct ClassifierTests {
  func classify(_ path: String, _ text: String = "x\n") -> (FileKind, Language) {
    let r = FileClassifier.classify(path: path, bytes: Array(text.utf8))
    return (r.kind, r.language)
  }

  @Test(arguments: [
    ("SKILL.md", FileKind.instructions, Language.markdown),
    ("references/guide.mdx", .instructions, .markdown),
    ("notes.txt", .instructions, .markdown),
    ("scripts/a.py", .script, .python),
    ("scripts/a.bash", .script, .shell),
    ("web/app.tsx", .script, .javascript),
    ("x.mjs", .script, .javascript),
    ("Install.PS1", .script, .powershell),
    ("tool.rb", .script, .text),
    ("run.cmd", .script, .text),
    ("package.json", .manifest, .json),
    ("requirements-dev.txt", .manifest, .text),
    ("pyproject.toml", .manifest, .toml),
    ("agents/openai.yaml", .manifest, .yaml),
    ("_meta.json", .manifest, .json),
    (".claude-plugin/plugin.json", .manifest, .json),
    ("hooks/hooks.json", .manifest, .json),
    ("hooks.local.json", .manifest, .json),
    (".mcp.json", .manifest, .json),
    (".claude/settings.local.json", .manifest, .json),
    ("setup.py", .manifest, .python),
    ("go.mod", .manifest, .text),
    ("Cargo.toml", .manifest, .toml),
    ("data/config.yml", .text, .yaml),
    ("data/x.json", .text, .json),
    ("LICENSE", .text, .text),
  ])
  func byName(path: String, kind: FileKind, language: Language) {
    let r = classify(path)
    #expect(r.0 == kind, "\(path)")
    #expect(r.1 == language, "\(path)")
  }

  @Test(arguments: [
    ("#!/usr/bin/env python3\nprint(1)\n", Language.python),
    ("#!/bin/bash\necho\n", .shell),
    ("#!/usr/bin/env -S node --no-warnings\n", .javascript),
    ("#!/usr/bin/env pwsh\n", .powershell),
    ("#!/usr/bin/env -S uv run --script\n", .python),
    ("#!/usr/bin/perl\n", .text),
  ])
  func byShebang(text: String, language: Language) {
    let r = classify("bin/tool", text)
    #expect(r.0 == .script)
    #expect(r.1 == language)
    #expect(classify("notes.txt", text).0 == .script)
  }

  @Test func contentBeatsTheName() {
    let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 20, 0]
    #expect(FileClassifier.classify(path: "image.png", bytes: zip).kind == .archive)
    let elf: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0]
    #expect(FileClassifier.classify(path: "README.md", bytes: elf).kind == .binary)
    #expect(
      FileClassifier.classify(
        path: "x.pyc",
        bytes: [0x55, 0x0D, 0x0D, 0x0A] + [UInt8](repeating: 0, count: 12)
      ).kind == .binary
    )
    #expect(FileClassifier.classify(path: "fake.zip", bytes: Array("just text".utf8)).kind == .text)
  }

  @Test func loaderChecksAreValidUniqueAndSorted() {
    let ids = LoaderChecks.all.map(\.id)
    #expect(ids.allSatisfy { $0.isValid })
    #expect(Set(ids).count == ids.count)
    #expect(ids == ids.sorted())
    #expect(LoaderChecks.all.allSatisfy { [.integrity, .opaqueContent].contains($0.pattern) })
    #expect(
      LoaderChecks.all.allSatisfy {
        !$0.summary.isEmpty && !$0.remediation.isEmpty && !$0.rationale.isEmpty
      }
    )
    #expect(LoaderChecks.description(of: "symlink-escape")?.severity == .high)
    #expect(LoaderChecks.description(of: "unreadable-skill") != nil)
  }
}
