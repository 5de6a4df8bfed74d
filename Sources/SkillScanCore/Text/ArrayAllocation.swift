/// Array construction through the growth path the compiler specialises in our own modules.
///
/// `Array(repeating:count:)` and `Array(unsafeUninitializedCapacity:initializingWith:)` call
/// the standard library's unspecialised buffer allocator, which looks the storage class's
/// generic metadata up in the runtime's shared table on every call (a hash and a lock). The
/// rules allocate per sentence and per region, so on a registry scan that lookup was about
/// 2% of the time. `reserveCapacity` and `append` are specialised here, with the metadata
/// cached per call site; these initialisers build the same arrays through them.
extension Array {
  /// `count` copies of `value`.
  @inlinable
  public init(filled value: Element, count: Int) {
    self.init()
    reserveCapacity(count)
    append(contentsOf: Fill(value: value, count: count))
  }
}

/// `count` copies of one value, copied into an array's storage with one
/// `initialize(repeating:)` (a `memset` for bytes) rather than element by element, which is
/// what appending `repeatElement` compiled to.
@usableFromInline
struct Fill<Element>: Sequence {
  @usableFromInline let value: Element
  @usableFromInline let count: Int

  @inlinable init(value: Element, count: Int) {
    self.value = value
    self.count = count
  }

  @inlinable var underestimatedCount: Int { count }

  @inlinable func makeIterator() -> Repeated<Element>.Iterator { repeatElement(value, count: count).makeIterator() }

  @inlinable
  func _copyContents(initializing buffer: UnsafeMutableBufferPointer<Element>) -> (Repeated<Element>.Iterator, Int) {
    let n = Swift.min(count, buffer.count)
    if n > 0 { UnsafeMutableBufferPointer(rebasing: buffer[0..<n]).initialize(repeating: value) }
    // The iterator yields what was not copied.
    return (repeatElement(value, count: count - n).makeIterator(), n)
  }
}

extension Array where Element: FixedWidthInteger {
  /// An array of at most `capacity` elements, written by `body` through a buffer of that
  /// capacity; `body` sets how many leading elements it wrote, which become the array.
  ///
  /// Unlike the standard `unsafeUninitializedCapacity` initialiser the buffer starts zeroed
  /// (one `memset`, cheap next to what fills it), so no element is ever uninitialised.
  @inlinable
  public init(zeroedCapacity capacity: Int, initializingWith body: (inout UnsafeMutableBufferPointer<Element>, inout Int) throws -> Void) rethrows {
    self.init(filled: 0, count: capacity)
    var used = 0
    try withUnsafeMutableBufferPointer { buffer in
      try body(&buffer, &used)
    }
    precondition(used >= 0 && used <= capacity, "initialised count out of range")
    removeLast(capacity - used)
  }
}
