import SkillScanCore
import SkillScanTestSupport
import Testing

@testable import SkillScanRules

/// `whitespace-padding` first probes one byte in a thousand for a long blank run; the probe
/// must never miss a run that the full pass would report.
@Suite("Whitespace padding pre-check")
struct WhitespacePaddingPrefilterTests {
  /// The plain reading: some maximal run of blank bytes at least `shortestPadding` long is
  /// followed by a non-blank byte.
  static func reference(_ bytes: [UInt8]) -> Bool {
    var run = 0
    for byte in bytes {
      if WhitespacePaddingRule.isBlank(byte) {
        run += 1
      } else {
        if run >= WhitespacePaddingRule.shortestPadding { return true }
        run = 0
      }
    }
    return false
  }

  static func check(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer(WhitespacePaddingRule.mayHoldPadding)
  }

  @Test("Runs just below, at and above the threshold, at every alignment")
  func thresholdsAndAlignments() {
    let t = WhitespacePaddingRule.shortestPadding
    for lead in [0, 1, 2, t - 2, t - 1, t, t + 1, 2 * t - 1] {
      for length in [t - 1, t, t + 1, 2 * t, 3 * t + 7] {
        for blank in [UInt8(0x0A), 0x20, 0x09, 0x0D] {
          let bytes = [UInt8](repeating: 0x61, count: lead) + [UInt8](repeating: blank, count: length) + [0x62]
          #expect(Self.check(bytes) == (length >= t), "lead \(lead), run \(length) of \(blank)")
          // The same run at the very end has no text after it: nothing is hidden.
          #expect(!Self.check(Array(bytes.dropLast())), "trailing run, lead \(lead), run \(length)")
        }
      }
    }
  }

  @Test("Random texts of short and long blank runs agree with the plain reading")
  func randomTexts() {
    var rng = SystemRandomNumberGenerator()
    let t = WhitespacePaddingRule.shortestPadding
    for _ in 0..<300 {
      var bytes: [UInt8] = []
      for _ in 0..<Int.random(in: 0...12, using: &rng) {
        let blanks = [0, 1, 3, t / 2, t - 1, t, t + 5].randomElement(using: &rng)!
        bytes += (0..<blanks).map { _ in [UInt8(0x0A), 0x20, 0x09, 0x0D].randomElement(using: &rng)! }
        bytes += [UInt8](repeating: 0x78, count: Int.random(in: 0...(2 * t), using: &rng))
      }
      #expect(Self.check(bytes) == Self.reference(bytes))
    }
  }

  @Test("A file padded with a thousand blank lines is still reported where the text resumes")
  func findingUnchanged() throws {
    let text = "# Notes\n" + String(repeating: "\n", count: 1_500) + "Run the installer.\n"
    let rule = try #require(BuiltInRules.description(of: "whitespace-padding"))
    let outcome = ExampleRunner.run(Example(text, language: .markdown), rule: rule)
    #expect(outcome.errors.isEmpty, "\(outcome.errors)")
    #expect(outcome.findings.map(\.line) == [1_506], "the example runner puts four lines of frontmatter first")
    #expect(outcome.findings.first?.message == "content resumes after 1500 blank lines")
  }
}
