@testable import SkillScanCore
import Testing

/// The keyword automaton against the obvious quadratic search, so a faster construction
/// cannot drop, duplicate or reorder an occurrence.
@Suite("Keyword automaton")
struct KeywordFilterTests {
  /// Every (keyword, end) pair found by trying each keyword at each offset, in the order the
  /// automaton promises: by end offset, then own keywords before shorter suffix keywords.
  private func naive(_ keywords: [String], _ text: [UInt8]) -> Set<[Int]> {
    var found = Set<[Int]>()
    for (index, keyword) in keywords.enumerated() {
      let k = Array(keyword.utf8).map(KeywordFilter.fold)
      guard !k.isEmpty, k.count <= text.count else { continue }
      for start in 0...(text.count - k.count)
      where (0..<k.count).allSatisfy({ KeywordFilter.fold(text[start + $0]) == k[$0] }) {
        found.insert([index, start + k.count])
      }
    }
    return found
  }

  @Test("Finds exactly the occurrences a direct search finds, overlapping and duplicated ones included")
  func agreesWithDirectSearch() {
    var rng = SplitMix(seed: 7)
    let alphabet = Array("abcab .-".utf8)
    for _ in 0..<200 {
      let keywords = (0..<Int(rng.next() % 12 + 1)).map { _ in
        String(decoding: (0..<Int(rng.next() % 4 + 1)).map { _ in alphabet[Int(rng.next() % 8)] }, as: UTF8.self)
      }
      let text = (0..<Int(rng.next() % 60)).map { _ -> UInt8 in
        let b = alphabet[Int(rng.next() % 8)]
        return rng.next() % 5 == 0 ? (b >= 0x61 && b <= 0x7A ? b - 0x20 : b) : b
      }
      let filter = KeywordFilter(keywords: keywords)
      let positions = filter.positions(in: text)
      #expect(Set(positions.map { [$0.keyword, $0.end] }) == naive(keywords, text), "\(keywords) in \(text)")
      #expect(positions.count == naive(keywords, text).count, "no duplicates: \(keywords)")
      #expect(positions.map(\.end) == positions.map(\.end).sorted(), "text order")
      #expect(filter.matches(in: text) == Set(naive(keywords, text).map { $0[0] }))
    }
  }

  /// Every occurrence in the order one pass reports them: by end offset, then longer
  /// (own) keywords before their shorter suffixes, then by index.
  private func naiveOrdered(_ keywords: [String], _ text: [UInt8]) -> [[Int]] {
    naive(keywords, text).sorted { a, b in
      if a[1] != b[1] { return a[1] < b[1] }
      let la = keywords[a[0]].utf8.count
      let lb = keywords[b[0]].utf8.count
      return la != lb ? la > lb : a[0] < b[0]
    }
  }

  @Test("Long texts, read as two interleaved halves, give the one-pass matches in one-pass order")
  func longTextsKeepOnePassOrder() {
    var rng = SplitMix(seed: 11)
    let alphabet = Array("abcab .-".utf8)
    for round in 0..<12 {
      let keywords = (0..<Int(rng.next() % 10 + 2)).map { _ in
        String(decoding: (0..<Int(rng.next() % 9 + 1)).map { _ in alphabet[Int(rng.next() % 8)] }, as: UTF8.self)
      }
      var text = (0..<(4096 + Int(rng.next() % 9000))).map { _ in alphabet[Int(rng.next() % 8)] }
      // Plant the longest keyword across the middle, where the two halves meet.
      let longest = Array(keywords.max { $0.utf8.count < $1.utf8.count }!.utf8)
      let mid = text.count / 2
      for (i, b) in longest.enumerated() { text[mid - longest.count / 2 + i] = b }
      let expected = naiveOrdered(keywords, text)
      let filter = KeywordFilter(keywords: keywords)
      let got = filter.positions(in: text).map { [$0.keyword, $0.end] }
      #expect(got == expected, "round \(round): \(keywords)")
      #expect(got.contains { $0[1] > mid - longest.count / 2 && $0[1] <= mid + longest.count }, "a match straddles the middle")
      // Stopping early, in the first half or among the held second-half matches, yields
      // exactly the one-pass prefix.
      for limit in [1, expected.count / 3, expected.count / 2 + 1, expected.count - 1] where limit > 0 {
        var seen: [[Int]] = []
        filter.forEachPosition(in: text) { keyword, end in
          seen.append([keyword, end])
          return seen.count < limit
        }
        #expect(seen == Array(expected.prefix(limit)), "stop after \(limit)")
      }
      #expect(filter.matches(in: text) == Set(expected.map { $0[0] }))
    }
  }

  @Test("occurs(in:range:) sees only the range, and only whole keywords inside it")
  func occursWithinRange() {
    let filter = KeywordFilter(keywords: ["exec", "EVAL"])
    let text = Array("x = exec(y); z = eval(w)".utf8)
    #expect(filter.occurs(in: text, range: 0..<text.count))
    #expect(filter.occurs(in: text, range: 4..<8))
    #expect(!filter.occurs(in: text, range: 4..<7))  // "exe": cut short
    #expect(!filter.occurs(in: text, range: 9..<16))
    #expect(filter.occurs(in: text, range: 13..<100))  // clamped; "eval" folds to "EVAL"
    #expect(!filter.occurs(in: [], range: 0..<0))
  }

  @Test("Presence checks on long texts find a keyword in either half, across the middle, or none")
  func presenceOnLongTexts() {
    let filter = KeywordFilter(keywords: ["exec", "base64"])
    let size = KeywordFilter.splitThreshold * 3
    let blank = [UInt8](repeating: 0x2E, count: size)
    func planted(_ word: String, at offset: Int) -> [UInt8] {
      var text = blank
      for (i, b) in word.utf8.enumerated() { text[offset + i] = b }
      return text
    }
    #expect(!filter.occurs(in: blank, range: 0..<size))
    #expect(filter.matches(in: blank).isEmpty)
    for offset in [0, size / 2 - 2, size / 2 + 100, size - 6] {
      let text = planted("base64", at: offset)
      #expect(filter.occurs(in: text, range: 0..<size), "at \(offset)")
      #expect(filter.matches(in: text) == [1], "at \(offset)")
    }
    var both = planted("exec", at: 10)
    for (i, b) in "base64".utf8.enumerated() { both[size - 10 + i] = b }
    #expect(filter.matches(in: both) == [0, 1])
  }

  @Test("Keywords sharing an end report longest first, and equal keywords in index order")
  func outputOrder() {
    let filter = KeywordFilter(keywords: ["b", "ab", "cab", "ab"])
    let hits = filter.positions(in: Array("xcab".utf8))
    #expect(hits.map(\.keyword) == [2, 1, 3, 0])
    #expect(hits.allSatisfy { $0.end == 4 })
  }
}

/// A tiny deterministic generator so failures reproduce.
private struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

}
