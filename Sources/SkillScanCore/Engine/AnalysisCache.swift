public import Synchronization

/// Memoises derived facts about one file or skill so that rules share them.
///
/// Many rules need the same expensive view of a file — normalised prose, shell pipelines,
/// source/sink hits of the flow analysis. Computing it once per file instead of once per rule
/// keeps the per-file cost flat as rules are added. A file is analysed by one task at a time,
/// so the lock is uncontended; it exists to keep the type honestly `Sendable`.
public final class AnalysisCache: Sendable {
  private let storage = Mutex<[String: any Sendable]>([:])

  public init() {}

  /// The value stored under `key`, computing and storing it on first use.
  ///
  /// Keys are namespaced by convention (`"TypeName.view"`). A value of another type under the
  /// same key is recomputed and replaced rather than trusted.
  public func value<T: Sendable>(_ key: String, compute: () -> T) -> T {
    if let hit = storage.withLock({ $0[key] }) as? T { return hit }
    let value = compute()
    storage.withLock { $0[key] = value }
    return value
  }
}
