import Foundation
import Synchronization

/// Memoises derived facts about one file or skill so that rules share them.
///
/// Many rules need the same expensive view of a file — normalised prose, shell pipelines,
/// source/sink hits of the flow analysis. Computing it once per file instead of once per rule
/// keeps the per-file cost flat as rules are added.
///
/// Entries are named by typed ``CacheSlot``s rather than strings. A prose-heavy file asks the
/// cache hundreds of thousands of questions (one per region, span and paragraph); with string
/// keys, building, hashing and comparing the key and casting the stored existential back was
/// about 7% of a Markdown scan. A slot is an integer: a whole-file view is one array read, a
/// per-range view hashes four integers, and the stored box is known to hold the slot's type.
///
/// All access to the storage goes through one lock, which is what makes `@unchecked Sendable`
/// honest. `compute` runs outside the lock, because computing one view often asks for others.
public final class AnalysisCache: @unchecked Sendable {
  /// Guards `views` and `parts`; waiters for a view another thread is computing sleep on it.
  private let condition = NSCondition()
  /// Whole-file views, indexed by slot id.
  private var views: [Entry?] = []
  /// Views of a part (a range, a span, a variant), keyed by slot and up to three integers.
  private var parts: [PartKey: Entry] = [:]
  /// Runs one more unit of the caller's work (a rule) and says whether there was one; set
  /// while ``withHelper(_:_:)`` runs. A thread that would wait for a view runs work instead.
  private var helper: (@Sendable () -> Bool)?

  /// How deep a waiting thread may nest helping runs.
  static let maxHelpDepth = 16

  public init() {}

  /// Runs `body` with `helper` offered to threads that would otherwise wait for a view.
  ///
  /// The rules of one large file run on every core and share this cache. When one thread
  /// computes a view that the others need (a 20 MB script's pipelines, its data flow), they
  /// used to sleep until it was ready, leaving cores idle for seconds; now each takes
  /// another rule from `helper` instead, as long as it computes no view itself (a thread
  /// that holds no pending view is never waited for, so no cycle of waits can form).
  public func withHelper<R>(_ helper: @escaping @Sendable () -> Bool, _ body: () throws -> R) rethrows -> R {
    condition.lock()
    self.helper = helper
    condition.unlock()
    defer {
      condition.lock()
      self.helper = nil
      condition.unlock()
    }
    return try body()
  }

  /// The value of `slot`, computing and storing it on first use.
  public func value<T: Sendable>(_ slot: CacheSlot<T>, compute: () -> T) -> T {
    let id = slot.id
    return resolve(
      T.self, compute: compute,
      read: { id < $0.views.count ? $0.views[id] : nil },
      write: { cache, entry in
        if id >= cache.views.count { cache.views.append(contentsOf: repeatElement(nil, count: id + 1 - cache.views.count)) }
        cache.views[id] = entry
      })
  }

  /// The value of `slot` for one part of the file (a byte range, a span, a variant), named by
  /// up to three integers; computed and stored on first use.
  public func value<T: Sendable>(_ slot: CacheSlot<T>, part a: Int, _ b: Int = 0, _ c: Int = 0, compute: () -> T) -> T {
    let key = PartKey(slot: slot.id, a: a, b: b, c: c)
    return resolve(T.self, compute: compute, read: { $0.parts[key] }, write: { $0.parts[key] = $1 })
  }

  /// Parts smaller than this (in the caller's unit: tokens or bytes) are not cached.
  public static let smallestCachedPart = 48

  /// ``value(_:part:_:_:compute:)`` for a part of `size` units (tokens or bytes): a small
  /// part's view is computed by each reader instead of stored.
  ///
  /// A file of a million tiny regions (Markdown fences of one line, `<script>` snippets)
  /// asked the shared table millions of questions, each under the one lock both rule
  /// threads take: 20 MB of fences spent most of 9 s hashing, probing a table of millions
  /// of entries and handing the lock back and forth, and most of its 1.4 GB holding them.
  /// Reading a dozen tokens again costs less than one look-up, and the value is the same.
  public func value<T: Sendable>(
    _ slot: CacheSlot<T>, part a: Int, _ b: Int = 0, _ c: Int = 0, size: Int, compute: () -> T
  ) -> T {
    size < Self.smallestCachedPart ? compute() : value(slot, part: a, b, c, compute: compute)
  }

  /// Returns the stored value, or waits for the thread already computing it, or computes it.
  ///
  /// Rules over one large file may run on several threads (``RuleEngine``); without the
  /// pending state, every thread that reached an expensive view first would compute it again.
  /// Views depend on other views but never on themselves, so a wait cannot close a cycle.
  private func resolve<T>(
    _: T.Type, compute: () -> T, read: (AnalysisCache) -> Entry?, write: (AnalysisCache, Entry) -> Void
  ) -> T {
    condition.lock()
    while true {
      switch read(self) {
      case .ready(let box)?:
        condition.unlock()
        return unsafeDowncast(box, to: Box<T>.self).value
      case .pending?:
        if let helper {
          let thread = CacheThreadState.current
          if thread.computing == 0 && thread.helping < Self.maxHelpDepth {
            condition.unlock()
            thread.helping += 1
            let ran = helper()
            thread.helping -= 1
            condition.lock()
            // Read the entry again: it may be ready now. With no work left, wait.
            if ran { continue }
          }
        }
        if case .pending? = read(self) { condition.wait() }
      case nil:
        write(self, .pending)
        condition.unlock()
        let thread = CacheThreadState.current
        thread.computing += 1
        let value = compute()
        thread.computing -= 1
        condition.lock()
        write(self, .ready(Box(value)))
        condition.broadcast()
        condition.unlock()
        return value
      }
    }
  }

  /// A view: being computed by some thread, or computed. A ready box holds a value of its
  /// slot's type: a slot's id is unique to that slot and the slot fixes the type, so the box
  /// is read back without a dynamic cast.
  private enum Entry {
    case pending
    case ready(AnyObject)
  }

  /// Holds one value as a class instance, so storage holds references of one kind.
  private final class Box<T> {
    let value: T
    init(_ value: T) { self.value = value }
  }

  /// A per-part key: hashing integers, not a formatted string.
  private struct PartKey: Hashable {
    let slot: Int
    let a: Int
    let b: Int
    let c: Int

    /// Two words instead of four: parts are named by byte offsets and small ids, all below
    /// 2^32 (files are capped far below that), so packing pairs loses nothing there, and
    /// equality still compares every field. Prose files ask hundreds of thousands of part
    /// questions, and hashing was a few percent of reading them.
    func hash(into hasher: inout Hasher) {
      hasher.combine(UInt64(truncatingIfNeeded: a) | UInt64(truncatingIfNeeded: b) << 32)
      hasher.combine(UInt64(truncatingIfNeeded: slot) | UInt64(truncatingIfNeeded: c) << 32)
    }
  }
}

/// A named entry of ``AnalysisCache`` holding values of type `Value`.
///
/// Declare each slot once, as a `static let`, next to the view it caches; every slot gets its
/// own id when created, so two views can never read each other's values.
public struct CacheSlot<Value: Sendable>: Sendable {
  /// What the slot holds, for diagnostics.
  public let name: String
  let id: Int

  public init(_ name: String) {
    self.name = name
    id = cacheSlotCounter.add(1, ordering: .relaxed).oldValue
  }
}

/// Hands out slot ids; slots are static, so a few dozen ids are ever used.
private let cacheSlotCounter = Atomic<Int>(0)
