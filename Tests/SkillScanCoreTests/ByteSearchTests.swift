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

  @Test("Case-insensitive search, anchored on a non-letter first byte or not, agrees with a folded plain scan")
  func ignoringCaseAgreesWithFoldedScan() {
    var generator = SystemRandomNumberGenerator()
    let alphabet = Array("<aAsS/".utf8)
    func fold(_ bytes: [UInt8]) -> [UInt8] { bytes.map(KeywordFilter.fold) }
    for _ in 0..<400 {
      let haystack = (0..<Int.random(in: 0...40, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
      let needle = fold((0..<Int.random(in: 1...3, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
      for from in [0, 1, 5, haystack.count] {
        #expect(ByteSearch.firstIndexIgnoringCase(of: needle, in: haystack, from: from) == reference(needle, fold(haystack), from: from))
      }
    }
    #expect(ByteSearch.firstIndexIgnoringCase(of: Array("<script".utf8), in: Array("a<b <SCRIPT>".utf8)) == 4)
  }

  @Test("Last occurrence of a byte in a range agrees with a backward scan, across word boundaries")
  func lastIndexAgreesWithBackwardScan() {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<400 {
      let haystack = (0..<Int.random(in: 0...70, using: &generator)).map { _ in UInt8.random(in: 0x09...0x0B, using: &generator) }
      let lower = Int.random(in: 0...haystack.count, using: &generator)
      let upper = Int.random(in: lower...haystack.count, using: &generator)
      let expected = (lower..<upper).last { haystack[$0] == 0x0A }
      #expect(ByteSearch.lastIndex(of: 0x0A, in: haystack, range: lower..<upper) == expected)
    }
    let line = Array(String(repeating: "y", count: 30).utf8) + [0x0A] + Array(String(repeating: "z", count: 30).utf8)
    #expect(ByteSearch.lastIndex(of: 0x0A, in: line, range: 0..<line.count) == 30)
    #expect(ByteSearch.lastIndex(of: 0x0A, in: line, range: 31..<line.count) == nil)
  }

  @Test("Replacing agrees with splitting and joining, left to right and without overlaps")
  func replacingAgreesWithSplitJoin() {
    var generator = SystemRandomNumberGenerator()
    let pieces = ["\\", "/", "$home", "$HOME", "aa", "a", "é", "~", "x"]
    for _ in 0..<500 {
      let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
      for (needle, replacement) in [("\\", "/"), ("$home", "~"), ("aa", "b"), ("a", "")] {
        let expected = text.split(separator: needle, omittingEmptySubsequences: false).joined(separator: replacement)
        #expect(ByteSearch.replacing(needle, with: replacement, in: text) == expected, "\(text.debugDescription)")
      }
    }
    #expect(ByteSearch.replacing("\\", with: "/", in: #"C:\Users\me\.aws\credentials"#) == "C:/Users/me/.aws/credentials")
  }
}
