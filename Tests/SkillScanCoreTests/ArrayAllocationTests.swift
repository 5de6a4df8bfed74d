import Testing

@testable import SkillScanCore

/// The specialised array initialisers build exactly what the standard ones build.
@Suite struct ArrayAllocationTests {
  @Test func filledIsRepeating() {
    for count in [0, 1, 7, 300] {
      #expect([UInt8](filled: 0x20, count: count) == [UInt8](repeating: 0x20, count: count))
      #expect([[Int]](filled: [1, 2], count: count) == [[Int]](repeating: [1, 2], count: count))
      #expect([UInt8](filled: 9, count: count).capacity >= count)
    }
  }

  @Test func zeroedCapacityKeepsTheWrittenPrefix() {
    let squares = [Int32](zeroedCapacity: 10) { buffer, count in
      #expect(buffer.count == 10)
      #expect(buffer.allSatisfy { $0 == 0 }, "the buffer starts zeroed")
      for i in 0..<4 { buffer[i] = Int32(i * i) }
      count = 4
    }
    #expect(squares == [0, 1, 4, 9])
    #expect([UInt8](zeroedCapacity: 0) { _, count in count = 0 }.isEmpty)
    #expect([UInt8](zeroedCapacity: 3) { buffer, count in
      buffer[0] = 1; buffer[1] = 2; buffer[2] = 3
      count = 3
    } == [1, 2, 3])
  }
}
