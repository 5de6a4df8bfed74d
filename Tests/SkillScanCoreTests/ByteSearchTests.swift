import SkillScanCore
import Testing

/// `ByteSearch.firstIndex` skips to candidates with `memchr`; it must find exactly what a
/// plain scan finds, from any start, including at the very end and on overlapping prefixes.
@Suite struct ByteSearchTests {
  func reference(_ needle: [UInt8], _ haystack: [UInt8], from: Int) -> Int? {
    guard !needle.isEmpty else { return from }
    var i = max(0, from)
    while i + needle.count <= haystack.count {
      if Array(haystack[i..<(i + needle.count)]) == needle { return i }
      i += 1
    }
    return nil
  }

  @Test("First occurrence agrees with a plain scan on random texts")
  func agreesWithPlainScan() {
    var generator = SystemRandomNumberGenerator()
    let alphabet = Array("aab".utf8)
    for _ in 0..<400 {
      let haystack = (0..<Int.random(in: 0...40, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
      let needle = (0..<Int.random(in: 1...4, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
      for from in [0, 1, 5, haystack.count] {
        #expect(ByteSearch.firstIndex(of: needle, in: haystack, from: from) == reference(needle, haystack, from: from))
      }
    }
    #expect(ByteSearch.firstIndex(of: Array("curl".utf8), in: Array("x curl".utf8)) == 2)
    #expect(ByteSearch.firstIndex(of: Array("aab".utf8), in: Array("aaab".utf8)) == 1)
    #expect(ByteSearch.firstIndex(of: Array("b".utf8), in: Array("aaa".utf8)) == nil)
  }
}
