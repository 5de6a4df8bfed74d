import Foundation
import SkillScanCore
import SkillScanLoader
import Testing

/// `../shared/corpus/dev` beside the repository (as CI lays it out), else the shared workspace.
private let corpusDev: String = {
  let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  let beside = repo.deletingLastPathComponent().appendingPathComponent("shared/corpus/dev")
    .standardizedFileURL.path
  return FileManager.default.fileExists(atPath: beside) ? beside : "/work/shared/corpus/dev"
}()

/// Reads the development corpus as data (nothing in it is executed or followed).
@Suite("Corpus smoke test")
struct CorpusTests {
  @Test(
    "every top-level corpus folder yields a bundle",
    .enabled(
      if: FileManager.default.fileExists(atPath: corpusDev),
      "corpus not present at \(corpusDev)"
    )
  )
  func corpusLoads() throws {
    let start = ContinuousClock.now
    let sources = try FileSystemLocator().locate(corpusDev)
    let loader = BundleLoader()
    var perFolder: [String: Int] = [:]
    var files = 0
    var bytes = 0
    for source in sources {
      let bundles = try loader.load(source)
      let rel = source.displayPath.dropFirst(corpusDev.count + 1)
      let top = String(rel.split(separator: "/").first ?? "")
      perFolder[top, default: 0] += bundles.count
      for bundle in bundles {
        files += bundle.files.count
        bytes += bundle.bytesScanned
        #expect(bundle.skillFile != nil, "\(bundle.path) has no SKILL.md")
      }
    }
    let folders = try FileManager.default.contentsOfDirectory(atPath: corpusDev).filter {
      var isDir: ObjCBool = false
      return FileManager.default.fileExists(atPath: corpusDev + "/" + $0, isDirectory: &isDir)
        && isDir.boolValue
    }
    #expect(!folders.isEmpty)
    for folder in folders {
      #expect(perFolder[folder, default: 0] >= 1, "\(folder) yielded no bundle")
    }
    print(
      "corpus: \(sources.count) skills, \(files) files, \(bytes) bytes in \(ContinuousClock.now - start)"
    )
  }
}
