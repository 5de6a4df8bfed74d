/// A case-insensitive multi-keyword matcher (Aho–Corasick over ASCII-folded bytes).
///
/// Rules declare keywords; the engine runs this automaton once per file and skips every rule
/// none of whose keywords occur. One linear pass serves all rules, which is what keeps the
/// per-file cost flat as the rule count grows. The automaton is stored flat (one transition
/// table, one output table) so the inner loop is a few array reads per byte, and over a
/// compressed alphabet (bytes that occur in no keyword share one class), so large phrase
/// sets build quickly and stay small in memory.
public struct KeywordFilter: Sendable {
  /// The alphabet class of each (folded) byte; 0 is "in no keyword".
  private let byteClass: [UInt8]
  private let classCount: Int
  /// `transitions[row + class]` is the next state's row (`state * classCount`), bit-inverted
  /// (negative) when that state ends a keyword: the inner loop then reads two arrays per
  /// byte, and the output tables only on a match.
  private let transitions: [Int32]
  /// Keywords ending at each state: `outputs[outputStart[s]..<outputStart[s + 1]]`.
  private let outputs: [Int32]
  private let outputStart: [Int32]
  public let keywordCount: Int

  /// Builds the automaton; keyword `i` is reported as `i`.
  public init(keywords: [String]) {
    keywordCount = keywords.count
    var classes = [UInt8](repeating: 0, count: 256)
    var nextClass = 1
    for keyword in keywords {
      for byte in keyword.utf8 {
        let b = Int(Self.fold(byte))
        if classes[b] == 0 && nextClass < 256 {
          classes[b] = UInt8(nextClass)
          nextClass += 1
        }
      }
    }
    // Upper-case letters fold to lower case, so they share their lower-case class.
    for upper in 0x41...0x5A { classes[upper] = classes[upper | 0x20] }
    let width = nextClass
    byteClass = classes
    classCount = width
    var goto: [[Int32]] = [[Int32](repeating: -1, count: width)]
    var fail: [Int32] = [0]
    var output: [[Int32]] = [[]]
    for (index, keyword) in keywords.enumerated() {
      var state = 0
      for byte in keyword.utf8 {
        let b = Int(classes[Int(Self.fold(byte))])
        if goto[state][b] == -1 {
          goto.append([Int32](repeating: -1, count: width))
          fail.append(0)
          output.append([])
          goto[state][b] = Int32(goto.count - 1)
        }
        state = Int(goto[state][b])
      }
      output[state].append(Int32(index))
    }
    var queue: [Int] = []
    for b in 0..<width {
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
      for b in 0..<width {
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
    let hasOutput = output.map { !$0.isEmpty }
    transitions = goto.flatMap { row in
      row.map { next in
        let target = Int32(Int(next) * width)
        return hasOutput[Int(next)] ? ~target : target
      }
    }
    var starts: [Int32] = [0]
    var flat: [Int32] = []
    for list in output {
      flat += list
      starts.append(Int32(flat.count))
    }
    outputs = flat
    outputStart = starts
  }

  /// Which keywords occur in `bytes` (a set of indices).
  ///
  /// Common keywords occur thousands of times in a large file, so occurrences are marked in a
  /// flag array (no hashing per occurrence) and the set is built once at the end.
  public func matches(in bytes: [UInt8]) -> Set<Int> {
    var seen = [Bool](repeating: false, count: keywordCount)
    var distinct = 0
    scan(bytes) { keyword, _ in
      if !seen[keyword] {
        seen[keyword] = true
        distinct += 1
      }
      return distinct < keywordCount
    }
    var found = Set<Int>(minimumCapacity: distinct)
    for (index, flag) in seen.enumerated() where flag { found.insert(index) }
    return found
  }

  /// Every occurrence of every keyword, as `(keyword index, end offset)` in text order.
  ///
  /// Phrase matchers need positions, not just presence, to check word boundaries and map a
  /// match back to its region; one linear pass still serves all phrases at once. `end` is the
  /// offset one past the match's last byte, so the match starts at `end - keyword.utf8.count`.
  public func positions(in bytes: [UInt8]) -> [(keyword: Int, end: Int)] {
    var found: [(keyword: Int, end: Int)] = []
    scan(bytes) { keyword, end in
      found.append((keyword, end))
      return true
    }
    return found
  }

  /// Calls `hit(keyword, end)` for each occurrence in text order until it returns false, so
  /// a caller that needs only the first acceptable match stops there.
  public func forEachPosition(in bytes: [UInt8], _ hit: (_ keyword: Int, _ end: Int) -> Bool) {
    scan(bytes, hit)
  }

  /// Runs the automaton, calling `hit(keyword, end)` per match until it returns false.
  private func scan(_ bytes: [UInt8], _ hit: (Int, Int) -> Bool) {
    let width = classCount
    byteClass.withUnsafeBufferPointer { classes in
    transitions.withUnsafeBufferPointer { table in
      outputStart.withUnsafeBufferPointer { starts in
        outputs.withUnsafeBufferPointer { outs in
          bytes.withUnsafeBufferPointer { buffer in
            var row = 0
            for offset in 0..<buffer.count {
              let next = Int(table[row &+ Int(classes[Int(buffer[offset])])])
              if next >= 0 {
                row = next
                continue
              }
              row = ~next
              let state = row / width
              for k in Int(starts[state])..<Int(starts[state &+ 1]) where !hit(Int(outs[k]), offset &+ 1) { return }
            }
          }
        }
      }
    }
    }
  }

  @inline(__always) public static func fold(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
  }
}
