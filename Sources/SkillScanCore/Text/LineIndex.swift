/// Maps byte offsets to 1-based lines and columns.
///
/// Built in one linear pass over the bytes. Columns count Unicode scalars from the start of
/// the line (SARIF `unicodeCodePoints`), so a multibyte prefix does not shift them.
public struct LineIndex: Sendable {
  /// Byte offset at which each line starts; `starts[0] == 0`.
  public let starts: [Int]
  private let count: Int

  public init(_ bytes: [UInt8]) {
    var starts = [0]
    starts.reserveCapacity(bytes.count / 40 + 1)
    bytes.withUnsafeBufferPointer { buffer in
      for i in 0..<buffer.count where buffer[i] == 0x0A {
        starts.append(i + 1)
      }
    }
    self.starts = starts
    self.count = bytes.count
  }

  /// Number of lines (a trailing newline does not open an extra empty line).
  public var lineCount: Int {
    if let last = starts.last, last == count, starts.count > 1 { return starts.count - 1 }
    return starts.count
  }

  /// The 1-based line holding `offset`.
  public func line(of offset: Int) -> Int {
    var lo = 0
    var hi = starts.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if starts[mid] <= offset { lo = mid } else { hi = mid - 1 }
    }
    return lo + 1
  }

  /// Byte range of a 1-based line, without its terminating newline (and `\r`).
  public func range(ofLine line: Int, in bytes: [UInt8]) -> Range<Int> {
    guard line >= 1, line <= starts.count else { return 0..<0 }
    let start = starts[line - 1]
    var end = line < starts.count ? starts[line] - 1 : bytes.count
    if end > start, end <= bytes.count, bytes[end - 1] == 0x0D { end -= 1 }
    return start..<max(start, end)
  }

  /// 1-based line and column (in Unicode scalars) of `offset`.
  public func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
    position(of: offset, in: bytes, after: nil)
  }

  /// A known position on a line, from which a later offset's column can be counted on.
  public struct Position: Sendable {
    public var offset: Int
    public var line: Int
    public var column: Int
    public init(offset: Int, line: Int, column: Int) {
      self.offset = offset
      self.line = line
      self.column = column
    }
  }

  /// ``position(of:in:)`` counting on from `hint` when it lies earlier on the same line.
  ///
  /// A minified bundle is one multi-megabyte line; counting every finding's column from the
  /// line start made a file with many findings quadratic. Findings mostly arrive in file
  /// order, so counting on from the previous one keeps the total linear.
  public func position(of offset: Int, in bytes: [UInt8], after hint: Position?) -> (line: Int, column: Int) {
    let line = line(of: offset)
    let end = min(offset, bytes.count)
    var column = 1
    var i = starts[line - 1]
    if let hint, hint.line == line, hint.offset <= end, hint.offset >= i {
      column = hint.column
      i = hint.offset
    }
    while i < end {
      // Count only scalar starts: bytes that are not UTF-8 continuation bytes.
      if bytes[i] & 0xC0 != 0x80 { column += 1 }
      i += 1
    }
    return (line, column)
  }
}
