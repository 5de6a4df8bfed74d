import Foundation
import SkillScanCore
import SkillScanLoader
import Testing

@Suite("BundleLoader: archives given as targets")
struct ArchiveSourceTests {
  func load(_ bytes: [UInt8], name: String = "pack.zip", limits: LoaderLimits = LoaderLimits())
    throws -> (TempTree, [SkillBundle])
  {
    let tree = try TempTree()
    let path = try tree.write(name, bytes)
    let bundles = try BundleLoader(limits: limits).load(.archive(path: path, displayPath: name))
    expectDescribed(bundles)
    return (tree, bundles)
  }

  @Test func uploadLayoutIsOneBundleAtTheInnerFolder() throws {
    let zip = try foundationZip([
      ("my-skill/SKILL.md", Array(skillMD.utf8)),
      ("my-skill/scripts/fetch.py", Array("import requests\n".utf8)),
    ])
    let (_, bundles) = try load(zip, name: "my-skill.skill")
    #expect(bundles.map(\.path) == ["my-skill.skill!/my-skill"])
    #expect(bundles[0].paths == ["SKILL.md", "scripts/fetch.py"])
    #expect(bundles[0].file("scripts/fetch.py")?.language == .python)
    #expect(bundles[0].skillFile?.bytes == Array(skillMD.utf8))
    #expect(bundles[0].findings.isEmpty)
  }

  @Test func skillAtTheArchiveRootUsesTheArchivePath() throws {
    var zip = ZipBuilder()
    zip.add("SKILL.md", skillMD)
    zip.add("./scripts/run.sh", "echo hi\n")
    let (_, bundles) = try load(try zip.bytes())
    #expect(bundles.map(\.path) == ["pack.zip"])
    #expect(bundles[0].paths == ["SKILL.md", "scripts/run.sh"])
  }

  @Test func severalSkillsAndStrayFilesAreAllRead() throws {
    var zip = ZipBuilder()
    zip.add("b/SKILL.md", skillMD)
    zip.add("a/SKILL.md", skillMD)
    zip.add("a/nested/SKILL.md", skillMD)
    zip.add("install.sh", "curl x | sh\n")
    let (_, bundles) = try load(try zip.bytes())
    #expect(bundles.map(\.path) == ["pack.zip", "pack.zip!/a", "pack.zip!/b"])
    #expect(bundles[0].paths == ["install.sh"])
    #expect(bundles[1].paths == ["SKILL.md", "nested/SKILL.md"])
    #expect(bundles[1].findings(LoaderChecks.nestedSkill.id).count == 1)
  }

  @Test func traversalEntriesAreReportedAndNeverExtracted() throws {
    var zip = ZipBuilder()
    zip.add("my-skill/SKILL.md", skillMD)
    zip.add("../evil.sh", "EVIL-ONE")
    zip.add("/abs.sh", "EVIL-TWO")
    zip.add("my-skill/../../up.sh", "EVIL-THREE")
    zip.add("C:\\Windows\\evil.bat", "EVIL-FOUR")
    zip.add("my-skill\\..\\..\\bs.sh", "EVIL-FIVE")
    let (_, bundles) = try load(try zip.bytes())
    let all = bundles.flatMap(\.findings).filter {
      $0.ruleID == LoaderChecks.archivePathTraversal.id
    }
    #expect(all.count == 5)
    #expect(all.allSatisfy { $0.severity == .high && $0.pattern == .integrity })
    #expect(Set(all.map(\.file)).isSuperset(of: ["../evil.sh", "/abs.sh"]))
    #expect(bundles.flatMap(\.files).map(\.path) == ["SKILL.md"])
    #expect(
      !bundles.flatMap(\.files).contains { ByteSearch.contains($0.bytes, Array("EVIL".utf8)) }
    )
  }

  @Test func encryptedEntryIsReportedAndLaterEntriesAreStillRead() throws {
    var zip = ZipBuilder()
    zip.add("s/tool.exe", "ciphertext", flags: 1)
    zip.add("s/SKILL.md", skillMD)
    let (_, bundles) = try load(try zip.bytes())
    #expect(bundles.map(\.path) == ["pack.zip!/s"])
    #expect(bundles[0].paths == ["SKILL.md"])
    let finding = try #require(bundles[0].findings(LoaderChecks.archiveEncrypted.id).first)
    #expect(finding.file == "tool.exe")
    #expect(finding.severity == .high && finding.pattern == .opaqueContent)
  }

  @Test func highRatioEntryIsABombAndTheRestIsScanned() throws {
    let zeros = [UInt8](repeating: 0, count: 50 * 1024 * 1024)
    let zip = try foundationZip([("s/SKILL.md", Array(skillMD.utf8)), ("s/zeros.bin", zeros)])
    #expect(zip.count < 200_000)
    let (_, bundles) = try load(zip)
    #expect(bundles[0].paths == ["SKILL.md"])
    let finding = try #require(bundles[0].findings(LoaderChecks.archiveBomb.id).first)
    #expect(finding.file == "zeros.bin" && finding.severity == .high)
  }

  @Test func entryLyingAboutItsSizeIsStoppedWhileInflating() throws {
    var zip = ZipBuilder()
    zip.add("s/SKILL.md", skillMD)
    zip.entries.append(
      .init(
        name: "s/small.txt",
        data: Array(repeating: 0x41, count: 100_000),
        method: 8,
        declaredSize: 1000
      )
    )
    let (_, bundles) = try load(try zip.bytes())
    #expect(bundles[0].paths == ["SKILL.md"])
    let finding = try #require(bundles[0].findings(LoaderChecks.archiveBomb.id).first)
    #expect(finding.message.contains("declared 1000"))
  }

  @Test func totalSizeCapStopsReadingButKeepsWhatWasRead() throws {
    var zip = ZipBuilder()
    zip.add("s/SKILL.md", skillMD)
    zip.add("s/a.txt", String(repeating: "a", count: 400))
    zip.add("s/b.txt", String(repeating: "b", count: 400))
    let (_, bundles) = try load(try zip.bytes(), limits: LoaderLimits(maxArchiveBytes: 600))
    #expect(bundles[0].paths == ["SKILL.md", "a.txt"])
    let finding = try #require(bundles[0].findings(LoaderChecks.archiveLimitExceeded.id).first)
    #expect(finding.file == "b.txt" && finding.severity == .medium)
  }

  @Test func entryCountCapIsReported() throws {
    var zip = ZipBuilder()
    zip.add("s/SKILL.md", skillMD)
    for i in 0..<5 { zip.add("s/f\(i).txt", "x") }
    let (_, bundles) = try load(try zip.bytes(), limits: LoaderLimits(maxArchiveEntries: 3))
    #expect(bundles.flatMap(\.files).count == 3)
    #expect(
      bundles.flatMap(\.findings).contains { $0.ruleID == LoaderChecks.archiveLimitExceeded.id }
    )
  }

  @Test func linkEntriesAreReportedNotFollowed() throws {
    var zip = ZipBuilder()
    zip.add("s/SKILL.md", skillMD)
    zip.entries.append(
      .init(name: "s/key", data: Array("/home/user/.ssh/id_rsa".utf8), unixMode: 0o120777)
    )
    zip.entries.append(.init(name: "s/docs", data: Array("SKILL.md".utf8), unixMode: 0o120777))
    let (_, bundles) = try load(try zip.bytes())
    #expect(bundles[0].paths == ["SKILL.md"])
    let links = Dictionary(
      uniqueKeysWithValues: bundles[0].findings(LoaderChecks.archiveSymlink.id).map {
        ($0.file, $0.severity)
      }
    )
    #expect(links == ["key": .high, "docs": .low])
  }

  @Test func damagedArchiveIsReportedNotThrown() throws {
    let (_, bundles) = try load(Array("PK\u{3}\u{4} not really a zip".utf8))
    #expect(bundles.count == 1)
    #expect(bundles[0].findings.contains { $0.ruleID == LoaderChecks.archiveUnreadable.id })
  }

  @Test func archiveWithoutSkillIsScannedAsOneBundle() throws {
    var zip = ZipBuilder()
    zip.add("tools/run.sh", "echo\n")
    let (_, bundles) = try load(try zip.bytes())
    #expect(bundles.map(\.path) == ["pack.zip"])
    #expect(bundles[0].paths == ["tools/run.sh"])
  }
}
