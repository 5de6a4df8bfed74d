import SkillScanCore
import Testing

/// Lines and columns of byte offsets, counted from the line start or on from a hint.
@Suite("Line index")
struct LineIndexTests {
  let bytes = Array("ab\ncé😀d,x\n\nlast line é".utf8)

  @Test("Columns count Unicode scalars, not bytes")
  func columnsAreScalars() {
    let index = LineIndex(bytes)
    let d = bytes.firstIndex(of: UInt8(ascii: "d"))!
    #expect(index.position(of: d, in: bytes) == (line: 2, column: 4))
    #expect(index.position(of: 0, in: bytes) == (line: 1, column: 1))
    #expect(index.position(of: bytes.count, in: bytes).line == 4)
  }

  /// Counting on from any earlier position of the same line gives what counting from the
  /// line start gives; a hint on another line or after the offset is ignored.
  @Test("A hint never changes the answer")
  func hintAgreesWithLineStart() {
    let index = LineIndex(bytes)
    for offset in 0...bytes.count {
      let plain = index.position(of: offset, in: bytes)
      for from in 0...bytes.count {
        let p = index.position(of: from, in: bytes)
        let hint = LineIndex.Position(offset: from, line: p.line, column: p.column)
        let counted = index.position(of: offset, in: bytes, after: hint)
        #expect(counted == plain, "offset \(offset) from hint at \(from)")
      }
    }
  }
}
