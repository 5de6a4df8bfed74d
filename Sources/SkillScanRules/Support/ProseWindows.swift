/// Long prose cut into overlapping windows, so that rules that read a paragraph at a time
/// read all of a long one at a bounded cost per window.
///
/// Several prose rules look for a verb, a noun and a destination within a few hundred bytes
/// of each other in one unit, and used to skip a unit above a size limit outright: padding one
/// paragraph past the limit hid an instruction. Windows of `size` bytes start every
/// `size - overlap` bytes; a match is reported only from the window that owns its start, so
/// the overlap (which must exceed the longest span a rule matches across) never reports a
/// match twice and never splits one.
enum ProseWindows {
  struct Window {
    /// The bytes to read.
    var range: Range<Int>
    /// Where a match must start to be reported from this window.
    var owned: Range<Int>
  }

  /// `range` as one window when it is at most `size` bytes, else overlapping windows whose
  /// owned parts tile it. Boundaries move forward to the next UTF-8 scalar start.
  static func split(_ range: Range<Int>, size: Int, overlap: Int, in bytes: [UInt8]) -> [Window] {
    guard range.count > size, size > overlap, overlap >= 0 else { return [Window(range: range, owned: range)] }
    func scalarStart(_ offset: Int) -> Int {
      var i = offset
      while i < range.upperBound, i < bytes.count, bytes[i] & 0xC0 == 0x80 { i += 1 }
      return i
    }
    var windows: [Window] = []
    var start = range.lowerBound
    while start < range.upperBound {
      let end = scalarStart(min(range.upperBound, start + size))
      if end >= range.upperBound {
        windows.append(Window(range: start..<range.upperBound, owned: start..<range.upperBound))
        break
      }
      let next = max(start + 1, scalarStart(start + size - overlap))
      windows.append(Window(range: start..<end, owned: start..<next))
      start = next
    }
    return windows
  }

  /// `range` itself when it is at most `limit` bytes; a longer unit as windows of
  /// ``longWindow`` bytes. For rules that look for words co-occurring anywhere in a unit: a
  /// window about a paragraph long keeps the co-occurrence as local in a huge unit as in an
  /// ordinary one.
  static func longUnit(_ range: Range<Int>, over limit: Int, in bytes: [UInt8]) -> [Range<Int>] {
    guard range.count > limit else { return [range] }
    return split(range, size: longWindow, overlap: longWindow / 4, in: bytes).map(\.range)
  }

  /// Window size for ``longUnit(_:over:in:)``.
  static let longWindow = 2_048
}
