import SkillScanCore
import Testing

@testable import SkillScanRules

/// The blob scanner finds long tokens eight bytes at a time; it must find exactly the tokens
/// a byte-by-byte split finds.
@Suite("Blob scanner token split")
struct DeobfBlobScannerTests {
  /// Token blobs the plain way: split at every separator, classify each long run.
  static func reference(_ bytes: [UInt8], _ range: Range<Int>) -> [DeobfBlobScanner.Blob] {
    var out: [DeobfBlobScanner.Blob] = []
    var i = range.lowerBound
    while i < range.upperBound {
      while i < range.upperBound && DeobfBlobScanner.isSeparator(bytes[i]) { i += 1 }
      let start = i
      while i < range.upperBound && !DeobfBlobScanner.isSeparator(bytes[i]) { i += 1 }
      out += DeobfBlobScanner.wholeToken(bytes, range: start..<i)
    }
    return out
  }

  static func tokenBlobs(_ blobs: [DeobfBlobScanner.Blob]) -> [DeobfBlobScanner.Blob] {
    blobs.filter { $0.kind != .byteList && $0.kind != .charCodes && $0.kind != .hexWords }
  }

  @Test("Long tokens are found wherever they start and end, whatever separates them")
  func matchesTheByteSplit() {
    let pieces = [
      "SGVsbG8gd29ybGQhIFRoaXMgaXM", "aGVsbG8", "deadbeefcafebabe0123456789abcdef", "\\x63\\x75\\x72\\x6c\\x20\\x68\\x74\\x74",
      "%63%75%72%6c%20%68%74%74%70", " ", "\n", "\t", "\"", "'", "`", "\u{7F}", "\u{1}", "word", "a", "=", "é", "!", "~",
    ]
    var rng = SystemRandomNumberGenerator()
    for _ in 0..<400 {
      let text = (0..<Int.random(in: 0...24, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
      let bytes = Array(text.utf8)
      let lower = bytes.isEmpty ? 0 : Int.random(in: 0...bytes.count / 3, using: &rng)
      let upper = bytes.isEmpty ? 0 : Int.random(in: lower...bytes.count, using: &rng)
      let found = Self.tokenBlobs(DeobfBlobScanner.scan(bytes, range: lower..<upper))
      #expect(found == Self.reference(bytes, lower..<upper), "\(text.debugDescription) in \(lower)..<\(upper)")
    }
  }

  @Test("The eight-byte separator test agrees with the byte test on every byte value")
  func wordTestIsExact() {
    for b in 0...255 {
      for position in 0..<8 {
        var bytes = [UInt8](repeating: UInt8(ascii: "A"), count: 8)
        bytes[position] = UInt8(b)
        let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
        #expect(DeobfBlobScanner.hasSeparator(word) == DeobfBlobScanner.isSeparator(UInt8(b)), "byte \(b) at \(position)")
      }
    }
    // A high byte before a separator must not hide it (borrows run upwards).
    let mixed: [UInt8] = [0xFF, 0x20, 0x80, 0x41, 0x41, 0x41, 0x41, 0x22]
    #expect(DeobfBlobScanner.hasSeparator(mixed.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }))
  }
}
