/// A case-insensitive multi-keyword matcher (Aho–Corasick over ASCII-folded bytes).
///
/// Rules declare keywords; the engine runs this automaton once per file and skips every rule
/// none of whose keywords occur. One linear pass serves all rules, which is what keeps the
/// per-file cost flat as the rule count grows.
public struct KeywordFilter: Sendable {
  private var goto: [[Int32]] = [[Int32](repeating: -1, count: 256)]
  private var fail: [Int32] = [0]
  private var output: [[Int32]] = [[]]
  public let keywordCount: Int

  /// Builds the automaton; keyword `i` is reported as `i`.
  public init(keywords: [String]) {
    keywordCount = keywords.count
    for (index, keyword) in keywords.enumerated() {
      var state = 0
      for byte in keyword.utf8 {
        let b = Int(Self.fold(byte))
        if goto[state][b] == -1 {
          goto.append([Int32](repeating: -1, count: 256))
          fail.append(0)
          output.append([])
          goto[state][b] = Int32(goto.count - 1)
        }
        state = Int(goto[state][b])
      }
      output[state].append(Int32(index))
    }
    var queue: [Int] = []
    for b in 0..<256 {
      let next = goto[0][b]
      if next == -1 {
        goto[0][b] = 0
      } else {
        fail[Int(next)] = 0
        queue.append(Int(next))
      }
    }
    var head = 0
    while head < queue.count {
      let state = queue[head]
      head += 1
      for b in 0..<256 {
        let next = Int(goto[state][b])
        if next == -1 {
          goto[state][b] = goto[Int(fail[state])][b]
        } else {
          fail[next] = goto[Int(fail[state])][b]
          output[next] += output[Int(fail[next])]
          queue.append(next)
        }
      }
    }
  }

  /// Which keywords occur in `bytes` (a set of indices).
  public func matches(in bytes: [UInt8]) -> Set<Int> {
    var found = Set<Int>()
    var state = 0
    bytes.withUnsafeBufferPointer { buffer in
      for byte in buffer {
        state = Int(goto[state][Int(Self.fold(byte))])
        if !output[state].isEmpty {
          for k in output[state] { found.insert(Int(k)) }
          if found.count == keywordCount { return }
        }
      }
    }
    return found
  }

  /// Every occurrence of every keyword, as `(keyword index, end offset)` in text order.
  ///
  /// Phrase matchers need positions, not just presence, to check word boundaries and map a
  /// match back to its region; one linear pass still serves all phrases at once. `end` is the
  /// offset one past the match's last byte, so the match starts at `end - keyword.utf8.count`.
  public func positions(in bytes: [UInt8]) -> [(keyword: Int, end: Int)] {
    var found: [(keyword: Int, end: Int)] = []
    var state = 0
    bytes.withUnsafeBufferPointer { buffer in
      for (offset, byte) in buffer.enumerated() {
        state = Int(goto[state][Int(Self.fold(byte))])
        for k in output[state] { found.append((Int(k), offset + 1)) }
      }
    }
    return found
  }

  @inline(__always) public static func fold(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
  }
}
