/// Caps that keep a SARIF file acceptable to GitHub code scanning.
///
/// GitHub rejects a run with more than 25,000 results and a file over 10 MB (it keeps only the
/// 5,000 most severe results for display). When a cap bites, the writer keeps the most severe
/// results and says so in `invocations[0].toolExecutionNotifications`, never silently.
public struct SARIFLimits: Sendable, Hashable {
  /// Results per run (GitHub's hard limit is 25,000).
  public var maxResults: Int
  /// Bytes of encoded results; 10 MB keeps the file under GitHub's upload limit even
  /// uncompressed (the rule descriptors add a few kilobytes per rule).
  public var maxResultBytes: Int
  /// Notifications listed one by one (skill load errors); the rest are counted in one line.
  public var maxNotifications: Int

  /// GitHub's limits.
  public static let github = SARIFLimits()

  /// Creates limits; the defaults are GitHub's.
  public init(maxResults: Int = 25_000, maxResultBytes: Int = 10_000_000, maxNotifications: Int = 100) {
    self.maxResults = maxResults
    self.maxResultBytes = maxResultBytes
    self.maxNotifications = maxNotifications
  }
}
