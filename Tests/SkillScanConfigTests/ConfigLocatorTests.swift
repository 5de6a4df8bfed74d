import Foundation
import SkillScanCore
import Testing

@testable import SkillScan

@Suite("Config discovery")
struct ConfigLocatorTests {
  /// A registry laid out as `root/owner/skill`: one owner folder holds a config, the registry
  /// root holds another, and a second registry under its own `.git` holds none.
  private static func registry() throws -> String {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("skillscan-locator-\(UUID().uuidString)").path
    let fm = FileManager.default
    for folder in ["reg/alice/one", "reg/alice/two", "reg/bob/three", "repo/.git", "repo/carol/four"] {
      try fm.createDirectory(atPath: "\(root)/\(folder)", withIntermediateDirectories: true)
    }
    try Data("preset: strict\n".utf8).write(to: URL(fileURLWithPath: "\(root)/reg/alice/.skillscan.yml"))
    try Data("preset: permissive\n".utf8).write(to: URL(fileURLWithPath: "\(root)/reg/.skillscan.yml"))
    return root
  }

  @Test("One memo shared by many skills gives each skill the answer of its own walk")
  func memoAgreesWithTheWalk() throws {
    let root = try Self.registry()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let locator = ConfigLocator()
    let starts = ["reg/alice", "reg/bob", "reg/alice", "repo/carol", "reg", "repo/carol"].map { "\(root)/\($0)" }
    var memo: [String: String?] = [:]
    let shared = starts.map { locator.search(from: $0, memo: &memo) }
    #expect(shared == starts.map { locator.search(from: $0) })
    // The owner's own config wins over the registry's; the repository root stops the walk.
    #expect(shared[0]?.hasSuffix("reg/alice/.skillscan.yml") == true)
    #expect(shared[1]?.hasSuffix("reg/.skillscan.yml") == true)
    #expect(shared[3] == nil)
    // Folders the walks passed are remembered with their answer.
    #expect(memo.count >= 4)
  }
}
