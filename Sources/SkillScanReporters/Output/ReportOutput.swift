public import Foundation

/// Where a ``ReportWriter`` sends its bytes.
///
/// Writers are generic over their output so the same code renders into memory (tests, the
/// server, ``Reporter/render(_:)``) or straight to a file descriptor while a scan of thousands
/// of skills is still running, without ever holding the whole report.
public protocol ReportOutput {
  /// Appends bytes to the output.
  /// - Throws: when the destination cannot be written.
  mutating func write(_ bytes: Data) throws
  /// Pushes buffered bytes to the destination; writers call it from `end(summary:)`.
  /// - Throws: when the destination cannot be written.
  mutating func flush() throws
}

extension ReportOutput {
  /// Buffers nothing by default.
  public mutating func flush() throws {}

  /// Appends UTF-8 text.
  /// - Throws: when the destination cannot be written.
  public mutating func write(_ text: String) throws {
    try write(Data(text.utf8))
  }
}

/// Collects a report in memory, for ``Reporter/render(_:)`` and tests.
public struct DataOutput: ReportOutput, Sendable {
  /// Everything written so far.
  public private(set) var data = Data()

  /// Creates an empty output.
  public init() {}

  public mutating func write(_ bytes: Data) throws {
    data.append(bytes)
  }
}
