import SkillScan
import SkillScanCore
import Testing

@Suite("Mapping scan results back to labelled folders")
struct FolderVerdictsTests {
  let folders = FolderVerdicts(root: "/corpus/dev", folderIDs: ["wild__b", "comm__e", "inj__f"])

  @Test("nested skills, archive members and trailing slashes map to the top-level folder")
  func mapsUnderRoot() {
    #expect(folders.folderID(for: "/corpus/dev/wild__b") == "wild__b")
    #expect(folders.folderID(for: "/corpus/dev/comm__e/tools/inner") == "comm__e")
    #expect(folders.folderID(for: "/corpus/dev/inj__f/Archive.zip!/payload") == "inj__f")
    #expect(folders.folderID(for: "/corpus/./dev/wild__b/") == "wild__b")
  }

  @Test("a path under the root but not in the labels maps nowhere")
  func unlabelledFolderUnderRoot() {
    #expect(folders.folderID(for: "/corpus/dev/unlabelled/sub") == nil)
    #expect(folders.folderID(for: "/corpus/dev") == nil)
  }

  @Test("relative display paths map to their first labelled component")
  func relativePaths() {
    #expect(folders.folderID(for: "dev/comm__e/nested") == "comm__e")
    #expect(folders.folderID(for: "./inj__f.zip") == nil)
    #expect(folders.folderID(for: "elsewhere/unknown") == nil)
  }

  @Test("a folder keeps the highest verdict of its skills")
  func highestVerdictWins() {
    var folders = folders
    folders.add(EvaluationFixture.result("/corpus/dev/comm__e", .safe))
    folders.add(EvaluationFixture.result("/corpus/dev/comm__e/a", .malicious))
    folders.add(EvaluationFixture.result("/corpus/dev/comm__e/b", .suspicious))
    #expect(folders.add(EvaluationFixture.result("/tmp/stray", .malicious)) == nil)
    #expect(folders.verdicts == ["comm__e": .malicious])
    #expect(folders.unmapped == ["/tmp/stray"])
  }
}
