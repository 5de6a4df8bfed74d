import Foundation
import SkillScanCore
import SkillScanLoader
import Testing

/// Damaged archives must never crash, hang or throw: every truncation and a spread of byte
/// flips of small valid archives are loaded, and each yields at least one bundle.
@Suite("BundleLoader: malformed archives")
struct MalformedArchiveTests {
  func samples() throws -> [(String, [UInt8])] {
    var zip = ZipBuilder()
    zip.add("s/SKILL.md", skillMD)
    zip.entries.append(.init(name: "s/run.sh", data: Array(repeating: 0x61, count: 300), method: 8))
    zip.entries.append(.init(name: "s/link", data: Array("../x".utf8), unixMode: 0o120777))
    let tar = ZipBuilder.tar([("s/SKILL.md", skillMD), ("s/a.sh", "echo\n")])
    return [
      ("a.zip", try zip.bytes()),
      ("b.zip", try foundationZip([("s/SKILL.md", Array(skillMD.utf8))])),
      ("c.tar", tar),
      ("d.tgz", try ZipBuilder.gzip(tar)),
    ]
  }

  @Test func everyTruncationAndManyByteFlipsLoadWithoutFailing() throws {
    let tree = try TempTree(inMemory: true)
    let loader = BundleLoader(limits: LoaderLimits(maxArchiveBytes: 1 << 20))
    var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next() -> Int {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(truncatingIfNeeded: seed >> 33)
    }
    for (name, bytes) in try samples() {
      var variants: [[UInt8]] = (0..<bytes.count).map { Array(bytes[0..<$0]) }
      for _ in 0..<300 {
        var copy = bytes
        for _ in 0..<(1 + next() % 4) {
          copy[next() % copy.count] = UInt8(truncatingIfNeeded: next())
        }
        variants.append(copy)
      }
      for variant in variants {
        let path = try tree.write(name, variant)
        let bundles = try loader.load(.archive(path: path, displayPath: name))
        #expect(!bundles.isEmpty)
        expectDescribed(bundles)
      }
    }
  }
}
