import Foundation
import SkillScanCore
import SkillScanLoader
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite("BundleLoader: special and unreadable files")
struct FolderEdgeCaseTests {
  @Test func fifoIsReportedAndNeverOpened() throws {
    let tree = try TempTree()
    try tree.write("s/SKILL.md", skillMD)
    #expect(mkfifo(tree.path("s/pipe"), 0o644) == 0)
    let bundle = try loadFolder(tree.path("s"))  // would hang if the FIFO were opened for reading
    #expect(bundle.paths == ["SKILL.md"])
    #expect(bundle.findings(LoaderChecks.specialFile.id).map(\.file) == ["pipe"])
  }

  @Test(.enabled(if: geteuid() != 0, "root can read any file"))
  func unreadableFileIsAFindingAndAnError() throws {
    let tree = try TempTree()
    try tree.write("s/SKILL.md", skillMD)
    let locked = try tree.write("s/locked.sh", "echo secret\n")
    #expect(chmod(locked, 0) == 0)
    defer { _ = chmod(locked, 0o644) }
    let bundle = try loadFolder(tree.path("s"))
    #expect(bundle.paths == ["SKILL.md"])
    let finding = try #require(bundle.findings(LoaderChecks.unreadableFile.id).first)
    #expect(finding.file == "locked.sh" && finding.severity == .medium)
    #expect(bundle.errors.count == 1)
  }

  @Test func fileNameThatIsNotUTF8IsReportedAsUnread() throws {
    let tree = try TempTree()
    try tree.write("s/SKILL.md", skillMD)
    var name =
      Array(tree.path("s/").utf8CString.dropLast()) + [
        CChar(bitPattern: 0xFF), 0x2E, 0x73, 0x68, 0,
      ]
    let fd = open(&name, O_CREAT | O_WRONLY, 0o644)
    #expect(fd >= 0)
    close(fd)
    let bundle = try loadFolder(tree.path("s"))
    #expect(bundle.paths == ["SKILL.md"])
    let finding = try #require(bundle.findings(LoaderChecks.unreadableFile.id).first)
    #expect(finding.message.contains("not valid UTF-8"))
    #expect(bundle.errors.count == 1)
  }

  @Test func macResourceForksAreInfoNotOpaquePayloads() throws {
    let tree = try TempTree()
    try tree.write("s/SKILL.md", skillMD)
    try tree.write("s/__MACOSX/._SKILL.md", [0x00, 0x05, 0x16, 0x07, 0, 2, 0, 0])
    try tree.write("s/payload.bin", [0x00, 0x05, 0x16, 0x07, 0, 2, 0, 0])
    let bundle = try loadFolder(tree.path("s"))
    let severities = Dictionary(
      uniqueKeysWithValues: bundle.findings(LoaderChecks.binaryContent.id).map {
        ($0.file, $0.severity)
      }
    )
    #expect(severities == ["__MACOSX/._SKILL.md": .info, "payload.bin": .medium])
  }

  @Test func loadingTwiceGivesIdenticalBundles() throws {
    let tree = try TempTree()
    try tree.write("s/SKILL.md", skillMD)
    try tree.write("s/b/x.sh", "echo\n")
    try tree.write("s/a/y.py", "print()\n")
    try tree.link("s/out", to: "/etc/hostname")
    let first = try loadFolder(tree.path("s"))
    let second = try loadFolder(tree.path("s"))
    #expect(first.paths == second.paths)
    #expect(first.findings == second.findings)
    #expect(first.files.map(\.bytes) == second.files.map(\.bytes))
  }
}
