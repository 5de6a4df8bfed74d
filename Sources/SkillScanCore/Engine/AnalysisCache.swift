import Foundation

/// Memoises derived facts about one file or skill so that rules share them.
///
/// Many rules need the same expensive view of a file — normalised prose, shell pipelines,
/// source/sink hits of the flow analysis. Computing it once per file instead of once per rule
/// keeps the per-file cost flat as rules are added. A file is analysed by one task at a time,
/// so the lock is uncontended. All access to `storage` goes through `lock`, which is what
/// makes `@unchecked Sendable` honest.
public final class AnalysisCache: @unchecked Sendable {
  private let lock = NSLock()
  private var storage: [String: any Sendable] = [:]

  public init() {}

  /// The value stored under `key`, computing and storing it on first use.
  ///
  /// Keys are namespaced by convention (`"TypeName.view"`). A value of another type under the
  /// same key is recomputed and replaced rather than trusted.
  public func value<T: Sendable>(_ key: String, compute: () -> T) -> T {
    lock.lock()
    let hit = storage[key] as? T
    lock.unlock()
    if let hit { return hit }
    let value = compute()
    lock.lock()
    storage[key] = value
    lock.unlock()
    return value
  }
}
