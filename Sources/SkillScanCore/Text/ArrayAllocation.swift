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
    append(contentsOf: repeatElement(value, count: count))
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
