import Foundation
import SkillScanCore
import SkillScanLoader
import Testing

/// A scratch folder for one test, removed when the test ends.
final class TempTree {
  let root: String

  /// - Parameter inMemory: use `/dev/shm` when present, for tests that rewrite files often.
  init(inMemory: Bool = false) throws {
    let base =
      inMemory && FileManager.default.isWritableFile(atPath: "/dev/shm")
      ? URL(fileURLWithPath: "/dev/shm") : FileManager.default.temporaryDirectory
    root = base.appendingPathComponent("skillscan-loader-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: root) }

  /// Absolute path of `rel` inside the tree.
  func path(_ rel: String) -> String { rel.isEmpty ? root : root + "/" + rel }

  /// Writes a file, creating its folders.
  @discardableResult
  func write(_ rel: String, _ text: String) throws -> String { try write(rel, Array(text.utf8)) }

  @discardableResult
  func write(_ rel: String, _ bytes: [UInt8]) throws -> String {
    let full = path(rel)
    try FileManager.default.createDirectory(
      atPath: (full as NSString).deletingLastPathComponent,
      withIntermediateDirectories: true
    )
    // Not atomic: `createFile` syncs to disk, which makes the fuzz loops I/O-bound.
    try Data(bytes).write(to: URL(fileURLWithPath: full))
    return full
  }

  func mkdir(_ rel: String) throws {
    try FileManager.default.createDirectory(atPath: path(rel), withIntermediateDirectories: true)
  }

  /// Creates a symbolic link at `rel` whose target is `target`, verbatim.
  func link(_ rel: String, to target: String) throws {
    try FileManager.default.createDirectory(
      atPath: (path(rel) as NSString).deletingLastPathComponent,
      withIntermediateDirectories: true
    )
    try FileManager.default.createSymbolicLink(atPath: path(rel), withDestinationPath: target)
  }
}

/// A minimal skill file.
let skillMD = "---\nname: demo\ndescription: A demo skill.\n---\n# Demo\nRun `scripts/run.sh`.\n"

extension SkillBundle {
  func file(_ path: String) -> SourceFile? { files.first { $0.path == path } }
  func findings(_ id: RuleID) -> [Finding] { findings.filter { $0.ruleID == id } }
  var paths: [String] { files.map(\.path) }
}

/// Every loader finding must carry a rule ID that ``LoaderChecks`` describes.
func expectDescribed(_ bundles: [SkillBundle], sourceLocation: SourceLocation = #_sourceLocation) {
  for bundle in bundles {
    for finding in bundle.findings {
      let d = LoaderChecks.description(of: finding.ruleID)
      #expect(d != nil, "undescribed loader rule \(finding.ruleID)", sourceLocation: sourceLocation)
      #expect(d?.pattern == finding.pattern, sourceLocation: sourceLocation)
      #expect(!finding.remediation.isEmpty, sourceLocation: sourceLocation)
    }
  }
}

/// Loads a folder skill with the given limits.
func loadFolder(_ path: String, limits: LoaderLimits = LoaderLimits()) throws -> SkillBundle {
  let bundles = try BundleLoader(limits: limits).load(.folder(path: path, displayPath: path))
  try #require(bundles.count == 1)
  expectDescribed(bundles)
  return bundles[0]
}
