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
  /// The longest keyword's length in bytes: an automaton state depends only on that many
  /// trailing bytes, which is what lets a long text be scanned as two overlapping halves.
  private let maxLength: Int

  /// Builds the automaton; keyword `i` is reported as `i`.
  public init(keywords: [String]) {
    keywordCount = keywords.count
    maxLength = keywords.map(\.utf8.count).max() ?? 0
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
    // The trie and then the automaton live in one flat table (`state * width + class`), and
    // each state's own keywords in a linked list over keyword indices: building thousands of
    // expanded phrases allocates a handful of arrays, not one per state, which is most of a
    // one-skill scan's start-up otherwise.
    var goto = [Int32](repeating: -1, count: width)
    var firstOwn: [Int32] = [-1]
    var lastOwn: [Int32] = [-1]
    var nextOwn = [Int32](repeating: -1, count: keywords.count)
    goto.reserveCapacity(width * 64)
    for (index, keyword) in keywords.enumerated() {
      var state = 0
      for byte in keyword.utf8 {
        let slot = state * width + Int(classes[Int(Self.fold(byte))])
        if goto[slot] == -1 {
          goto[slot] = Int32(firstOwn.count)
          goto.append(contentsOf: repeatElement(-1, count: width))
          firstOwn.append(-1)
          lastOwn.append(-1)
        }
        state = Int(goto[slot])
      }
      if lastOwn[state] == -1 { firstOwn[state] = Int32(index) } else { nextOwn[Int(lastOwn[state])] = Int32(index) }
      lastOwn[state] = Int32(index)
    }
    let stateCount = firstOwn.count
    var fail = [Int32](repeating: 0, count: stateCount)
    var order: [Int32] = []
    order.reserveCapacity(stateCount)
    for b in 0..<width {
      let next = goto[b]
      if next == -1 {
        goto[b] = 0
      } else {
        order.append(next)
      }
    }
    var head = 0
    while head < order.count {
      let state = Int(order[head])
      head += 1
      let row = state * width
      let failRow = Int(fail[state]) * width
      for b in 0..<width {
        let next = Int(goto[row + b])
        if next == -1 {
          goto[row + b] = goto[failRow + b]
        } else {
          fail[next] = goto[failRow + b]
          order.append(Int32(next))
        }
      }
    }
    // A state's output is its own keywords, in index order, then its failure state's output;
    // failure states are shallower, so breadth-first order has them ready.
    var flatBFS: [Int32] = []
    var rangeStart = [Int32](repeating: 0, count: stateCount)
    var rangeEnd = [Int32](repeating: 0, count: stateCount)
    for state in [0] + order.map(Int.init) {
      rangeStart[state] = Int32(flatBFS.count)
      var own = firstOwn[state]
      while own != -1 {
        flatBFS.append(own)
        own = nextOwn[Int(own)]
      }
      if state != 0 {
        let f = Int(fail[state])
        let inherited = Int(rangeStart[f])..<Int(rangeEnd[f])
        if !inherited.isEmpty { flatBFS.append(contentsOf: flatBFS[inherited]) }
      }
      rangeEnd[state] = Int32(flatBFS.count)
    }
    var table = [Int32](repeating: 0, count: goto.count)
    for slot in 0..<goto.count {
      let next = Int(goto[slot])
      let target = Int32(next * width)
      table[slot] = rangeEnd[next] > rangeStart[next] ? ~target : target
    }
    transitions = table
    var starts: [Int32] = [0]
    starts.reserveCapacity(stateCount + 1)
    var flat: [Int32] = []
    flat.reserveCapacity(flatBFS.count)
    for state in 0..<stateCount {
      flat.append(contentsOf: flatBFS[Int(rangeStart[state])..<Int(rangeEnd[state])])
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
    var seen = [Bool](filled: false, count: keywordCount)
    let distinct = mark(in: bytes, into: &seen)
    var found = Set<Int>(minimumCapacity: distinct)
    for (index, flag) in seen.enumerated() where flag { found.insert(index) }
    return found
  }

  /// Sets `seen[i]` for each keyword `i` that occurs in `bytes` (flags already set stay set)
  /// and returns how many flags are set; stops once every keyword is seen.
  ///
  /// The engine's per-file gate asks this of every file, and reads the flags directly: a
  /// set of indices cost a hash per keyword found and per rule keyword looked up.
  @discardableResult
  public func mark(in bytes: [UInt8], into seen: inout [Bool]) -> Int {
    precondition(seen.count >= keywordCount)
    var distinct = 0
    for index in 0..<keywordCount where seen[index] { distinct += 1 }
    guard distinct < keywordCount else { return distinct }
    scan(bytes, ordered: false) { keyword, _ in
      if !seen[keyword] {
        seen[keyword] = true
        distinct += 1
      }
      return distinct < keywordCount
    }
    return distinct
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

  /// ``forEachPosition(in:_:)`` over a buffer (a part of a larger text, read in place);
  /// match ends are offsets into `buffer`.
  public func forEachPosition(in buffer: UnsafeBufferPointer<UInt8>, _ hit: (_ keyword: Int, _ end: Int) -> Bool) {
    scan(buffer, hit)
  }

  /// Whether any keyword occurs within `range` of `bytes` (stops at the first).
  public func occurs(in bytes: [UInt8], range: Range<Int>) -> Bool {
    bytes.withUnsafeBufferPointer { occurs(in: UnsafeBufferPointer(rebasing: $0[range.clamped(to: 0..<$0.count)])) }
  }

  /// Whether any keyword occurs in `buffer` (stops at the first); for short texts such as a
  /// callee name, without copying them into an array.
  public func occurs(in buffer: UnsafeBufferPointer<UInt8>) -> Bool {
    var found = false
    scan(buffer, ordered: false) { _, _ in
      found = true
      return false
    }
    return found
  }

  /// Runs the automaton, calling `hit(keyword, end)` per match until it returns false.
  /// Unordered, matches may arrive out of text order (see the scan below).
  private func scan(_ bytes: [UInt8], ordered: Bool = true, _ hit: (Int, Int) -> Bool) {
    bytes.withUnsafeBufferPointer { scan($0, ordered: ordered, hit) }
  }

  /// Texts at least this long are scanned as two interleaved halves (see the scan below).
  static let splitThreshold = 4096

  /// Runs the automaton over `buffer`; match ends are offsets into it.
  ///
  /// The scan is bound by latency: each byte's transition is a load that depends on the
  /// previous one. A long text is therefore read as two halves at once, two independent
  /// chains the processor overlaps. The first half reports its matches (all ending at or
  /// before `mid`) as it goes; the second starts `maxLength - 1` bytes before `mid`, so from
  /// `mid` on its state is exactly the one-pass state, and its matches ending after `mid` are
  /// held and reported after the first half's. Callers see the same matches in the same order
  /// as from one pass.
  ///
  /// Callers that only ask which keywords occur (`ordered: false`) take the second half's
  /// matches as they come: holding them cost memory in proportion to the matches (tens of
  /// megabytes on a file dense with keywords), and a presence check could not stop early on a
  /// match in the second half.
  private func scan(_ buffer: UnsafeBufferPointer<UInt8>, ordered: Bool = true, _ hit: (Int, Int) -> Bool) {
    let n = buffer.count
    guard n >= Self.splitThreshold, maxLength > 0, maxLength < n / 4 else {
      scanRange(buffer, 0..<n, hit)
      return
    }
    let mid = n / 2
    let secondStart = mid - (maxLength - 1)
    var held: [(Int, Int)] = []
    let width = classCount
    var stopped = false
    byteClass.withUnsafeBufferPointer { classes in
      transitions.withUnsafeBufferPointer { table in
        outputStart.withUnsafeBufferPointer { starts in
          outputs.withUnsafeBufferPointer { outs in
            /// The second half's matches ending at `end` in automaton row `row`: held for an
            /// ordered caller, passed on otherwise. False once the caller stops.
            func second(_ row: Int, _ end: Int) -> Bool {
              guard end > mid else { return true }
              let state = row / width
              for k in Int(starts[state])..<Int(starts[state &+ 1]) {
                if ordered {
                  held.append((Int(outs[k]), end))
                } else if !hit(Int(outs[k]), end) {
                  return false
                }
              }
              return true
            }
            var rowA = 0
            var rowB = 0
            var a = 0
            var b = secondStart
            while a < mid {
              let nextA = Int(table[rowA &+ Int(classes[Int(buffer[a])])])
              let nextB = Int(table[rowB &+ Int(classes[Int(buffer[b])])])
              a &+= 1
              b &+= 1
              if nextA >= 0 {
                rowA = nextA
              } else {
                rowA = ~nextA
                let state = rowA / width
                for k in Int(starts[state])..<Int(starts[state &+ 1]) where !hit(Int(outs[k]), a) {
                  stopped = true
                  return
                }
              }
              if nextB >= 0 {
                rowB = nextB
              } else {
                rowB = ~nextB
                if !second(rowB, b) {
                  stopped = true
                  return
                }
              }
            }
            while b < n {
              let nextB = Int(table[rowB &+ Int(classes[Int(buffer[b])])])
              b &+= 1
              if nextB >= 0 {
                rowB = nextB
                continue
              }
              rowB = ~nextB
              if !second(rowB, b) {
                stopped = true
                return
              }
            }
          }
        }
      }
    }
    guard !stopped else { return }
    for (keyword, end) in held where !hit(keyword, end) { return }
  }

  /// One pass over `range` of `buffer`, from the root state.
  private func scanRange(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ hit: (Int, Int) -> Bool) {
    let width = classCount
    byteClass.withUnsafeBufferPointer { classes in
    transitions.withUnsafeBufferPointer { table in
      outputStart.withUnsafeBufferPointer { starts in
        outputs.withUnsafeBufferPointer { outs in
            var row = 0
            for offset in range {
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

  @inline(__always) public static func fold(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
  }
}
