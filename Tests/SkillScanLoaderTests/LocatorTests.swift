import Foundation
import SkillScanCore
import SkillScanLoader
import Testing

@Suite("FileSystemLocator")
struct LocatorTests {
  let locator = FileSystemLocator()

  @Test func skillFolderGivenDirectlyIsOneSkillWithItsPathAsGiven() throws {
    let tree = try TempTree()
    try tree.write("s/SKILL.md", skillMD)
    try tree.write("s/skills/sub/SKILL.md", skillMD)
    let sources = try locator.locate(tree.path("s") + "/")
    #expect(sources == [.folder(path: tree.path("s") + "/", displayPath: tree.path("s") + "/")])
    #expect(FileSystemLocator.isSkillFolder(tree.path("s")))
    #expect(!FileSystemLocator.isSkillFolder(tree.path("s/skills")))
  }

  @Test func lowercaseSkillFileMarksASkill() throws {
    let tree = try TempTree()
    try tree.write("low/skill.md", skillMD)
    #expect(
      try locator.locate(tree.path("low")) == [
        .folder(path: tree.path("low"), displayPath: tree.path("low"))
      ]
    )
  }

  @Test func containerYieldsEachSkillSortedIncludingDotFoldersAndArchives() throws {
    let tree = try TempTree()
    try tree.write("b-skill/SKILL.md", skillMD)
    try tree.write("a-skill/SKILL.md", skillMD)
    try tree.write("a-skill/sub/SKILL.md", skillMD)  // part of a-skill
    try tree.write(".claude/skills/hidden/SKILL.md", skillMD)
    try tree.write("deep/1/2/3/4/5/6/seven/SKILL.md", skillMD)
    try tree.write("packed.skill", [0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 18))
    try tree.write("notes.txt", "not a skill")
    let sources = try locator.locate(tree.root)
    #expect(
      sources.map(\.displayPath) == [
        tree.path(".claude/skills/hidden"), tree.path("a-skill"), tree.path("b-skill"),
        tree.path("deep/1/2/3/4/5/6/seven"), tree.path("packed.skill"),
      ]
    )
    #expect(
      sources.last
        == .archive(path: tree.path("packed.skill"), displayPath: tree.path("packed.skill"))
    )
  }

  @Test func linksAreNotFollowedWhileWalking() throws {
    let tree = try TempTree()
    try tree.write("elsewhere/real/SKILL.md", skillMD)
    try tree.mkdir("scan")
    try tree.link("scan/alias", to: tree.path("elsewhere/real"))
    try tree.link("scan/loop", to: tree.path("scan"))
    #expect(try locator.locate(tree.path("scan")).isEmpty)
  }

  @Test func singleFilesAndArchives() throws {
    let tree = try TempTree()
    let md = try tree.write("one/SKILL.md", skillMD)
    let zip = try tree.write("x.ZIP", [0x50, 0x4B, 0x05, 0x06])
    #expect(try locator.locate(md) == [.file(path: md, displayPath: md)])
    #expect(try locator.locate(zip) == [.archive(path: zip, displayPath: zip)])
  }

  @Test func missingPathThrowsAndEmptyFolderHasNoSkills() throws {
    let tree = try TempTree()
    #expect(throws: LoaderError.notFound(tree.path("nope"))) {
      try locator.locate(tree.path("nope"))
    }
    try tree.mkdir("empty/a/b")
    #expect(try locator.locate(tree.path("empty")).isEmpty)
  }

  @Test func depthIsBounded() throws {
    let tree = try TempTree()
    try tree.write("d/1/2/3/SKILL.md", skillMD)
    #expect(try FileSystemLocator(maxDepth: 2).locate(tree.path("d")).isEmpty)
    #expect(try FileSystemLocator(maxDepth: 3).locate(tree.path("d")).count == 1)
  }
}
