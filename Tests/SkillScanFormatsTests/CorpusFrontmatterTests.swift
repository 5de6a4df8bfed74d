import Foundation
import SkillScanCore
import Testing

@testable import SkillScanFormats

/// Parses the frontmatter of every `SKILL.md` in the shared corpora (read as data only).
///
/// Asserts that parsing never crashes and stays fast; prints how many blocks are missing or
/// broken so regressions in tolerance show up in the log.
private let devCorpusPath = "/work/shared/corpus/dev"
private let clawhubPath = "/tmp/clawhub"

@Suite("Frontmatter over the corpora")
struct CorpusFrontmatterTests {

  @Test(.enabled(if: FileManager.default.fileExists(atPath: devCorpusPath), "dev corpus absent"))
  func everyDevCorpusSkill() throws {
    try survey(devCorpusPath, label: "dev corpus")
  }

  @Test(.enabled(if: FileManager.default.fileExists(atPath: clawhubPath), "ClawHub snapshot not unpacked at /tmp/clawhub"))
  func everyClawhubSkill() throws {
    try survey(clawhubPath, label: "ClawHub snapshot")
  }

  private func survey(_ root: String, label: String) throws {
    let files = skillFiles(under: root)
    try #require(!files.isEmpty, "no SKILL.md under \(root)")
    var counts: [String: Int] = [:]
    var brokenExamples: [String] = []
    let start = Date()
    for path in files {
      guard let data = FileManager.default.contents(atPath: path) else { continue }
      let (fm, status) = FrontmatterParser().parse(bytes: [UInt8](data))
      switch status {
      case .parsed(let notes): counts[notes.isEmpty ? "parsed" : "parsed-with-notes", default: 0] += 1
      case .missing: counts["missing", default: 0] += 1
      case .noSkillFile: counts["noSkillFile", default: 0] += 1
      case .broken(let message, let line):
        counts["broken", default: 0] += 1
        if fm?.name != nil { counts["broken-name-recovered", default: 0] += 1 }
        if brokenExamples.count < 15 { brokenExamples.append("\(path):\(line): \(message)") }
      }
      if case .parsed = status { #expect(fm != nil, "\(path)") }
    }
    let elapsed = Date().timeIntervalSince(start)
    print("[\(label)] \(files.count) SKILL.md in \(String(format: "%.2f", elapsed))s: \(counts.sorted { $0.key < $1.key })")
    for example in brokenExamples { print("  broken: \(example)") }
    #expect(elapsed < Double(files.count) * 0.05 + 30)
  }

  private func skillFiles(under root: String) -> [String] {
    guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
    var out: [String] = []
    while let relative = walker.nextObject() as? String {
      if (relative as NSString).lastPathComponent == "SKILL.md" { out.append(root + "/" + relative) }
    }
    return out.sorted()
  }
}
