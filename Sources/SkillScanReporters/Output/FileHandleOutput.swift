public import Foundation

/// Writes a report to a file handle (standard output or a file) through a small buffer.
///
/// The buffer keeps system calls few on huge scans; a threshold of 0 writes through, which
/// the CLI uses on a terminal so results appear as each skill finishes.
public struct FileHandleOutput: ReportOutput, Sendable {
  private let handle: FileHandle
  private let threshold: Int
  private var buffer = Data()

  /// Wraps `handle`, flushing whenever `bufferSize` bytes have accumulated.
  /// - Parameters:
  ///   - handle: an open, writable handle; it is not closed by this type.
  ///   - bufferSize: bytes held before writing; 0 writes every chunk immediately.
  public init(_ handle: FileHandle, bufferSize: Int = 64 << 10) {
    self.handle = handle
    self.threshold = max(0, bufferSize)
    buffer.reserveCapacity(threshold)
  }

  public mutating func write(_ bytes: Data) throws {
    buffer.append(bytes)
    if buffer.count >= threshold { try flush() }
  }

  public mutating func flush() throws {
    guard !buffer.isEmpty else { return }
    try handle.write(contentsOf: buffer)
    buffer.removeAll(keepingCapacity: true)
  }
}
