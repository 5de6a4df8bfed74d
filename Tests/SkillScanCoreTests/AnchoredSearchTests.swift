import Testing

@testable import SkillScanCore

/// Anchoring on the rarest byte must find exactly the first occurrence a plain scan finds.
@Suite struct AnchoredSearchTests {
  static func reference(_ needle: [UInt8], _ haystack: [UInt8], ignoringCase: Bool) -> Int? {
    guard !needle.isEmpty else { return 0 }
    guard haystack.count >= needle.count else { return nil }
    let fold: (UInt8) -> UInt8 = { ignoringCase ? KeywordFilter.fold($0) : $0 }
    for start in 0...(haystack.count - needle.count)
    where (0..<needle.count).allSatisfy({ fold(haystack[start + $0]) == fold(needle[$0]) }) {
      return start
    }
    return nil
  }

  static func search(_ needle: [UInt8], _ haystack: [UInt8], ignoringCase: Bool) -> Int? {
    needle.withUnsafeBufferPointer { n in
      haystack.withUnsafeBufferPointer { h in AnchoredSearch.firstIndex(of: n, in: h, ignoringCase: ignoringCase) }
    }
  }

  @Test("Random needles in random texts, with and without case", arguments: [false, true])
  func matchesPlainScan(ignoringCase: Bool) {
    let alphabet = Array("aAbBcC_2 .-xXzZ\u{7F}".utf8) + [0xC3, 0xA9, 0x00, 0xFF]
    var rng = SystemRandomNumberGenerator()
    for _ in 0..<3_000 {
      let haystack = (0..<Int.random(in: 0...60, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }
      let needle: [UInt8]
      if !haystack.isEmpty && Bool.random(using: &rng) {
        let start = Int.random(in: 0..<haystack.count, using: &rng)
        let slice = Array(haystack[start..<min(haystack.count, start + Int.random(in: 1...6, using: &rng))])
        // Flip the case of some letters so case-insensitive matches are exercised.
        needle = slice.map { b in (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A && Bool.random(using: &rng) ? b ^ 0x20 : b }
      } else {
        needle = (0..<Int.random(in: 0...4, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }
      }
      #expect(
        Self.search(needle, haystack, ignoringCase: ignoringCase) == Self.reference(needle, haystack, ignoringCase: ignoringCase),
        "\(needle) in \(haystack)")
    }
  }

  @Test func anchorsOnTheRarestByte() {
    func anchor(_ s: String, _ ignoringCase: Bool) -> Int {
      Array(s.utf8).withUnsafeBufferPointer { AnchoredSearch.anchorIndex($0, ignoringCase: ignoringCase) }
    }
    #expect(anchor("child_process", false) == 5, "the underscore")
    #expect(anchor("dup2", false) == 3, "the digit")
    #expect(anchor("sockets.tcpclient", true) == 7, "a non-letter when case is ignored")
    #expect(anchor("wget", true) == 0, "w is the rarest letter of wget")
  }

  @Test func findsAcrossEightByteBoundaries() {
    for offset in 0..<20 {
      let haystack = Array(String(repeating: "a", count: offset).utf8) + Array("WGET".utf8) + Array(" tail".utf8)
      #expect(Self.search(Array("wget".utf8), haystack, ignoringCase: true) == offset)
      #expect(Self.search(Array("wget".utf8), haystack, ignoringCase: false) == nil)
    }
  }
}
