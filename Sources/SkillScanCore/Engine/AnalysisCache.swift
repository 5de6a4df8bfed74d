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
/// A file is analysed by one task at a time, so the lock is uncontended; it is what makes
/// `@unchecked Sendable` honest should two tasks ever share a file. `compute` runs outside the
/// lock, because computing one view often asks for others.
public final class AnalysisCache: @unchecked Sendable {
  private struct Storage {
    /// Whole-file views, indexed by slot id.
    var views: [AnyObject?] = []
    /// Views of a part (a range, a span, a variant), keyed by slot and up to three integers.
    var parts: [PartKey: AnyObject] = [:]
  }

  private let storage = Mutex(Storage())

  public init() {}

  /// The value of `slot`, computing and storing it on first use.
  public func value<T: Sendable>(_ slot: CacheSlot<T>, compute: () -> T) -> T {
    let id = slot.id
    let hit: AnyObject? = storage.withLock { id < $0.views.count ? $0.views[id] : nil }
    if let hit { return Self.unbox(hit, as: T.self) }
    let value = compute()
    storage.withLock { stored in
      if id >= stored.views.count { stored.views.append(contentsOf: repeatElement(nil, count: id + 1 - stored.views.count)) }
      stored.views[id] = Box(value)
    }
    return value
  }

  /// The value of `slot` for one part of the file (a byte range, a span, a variant), named by
  /// up to three integers; computed and stored on first use.
  public func value<T: Sendable>(_ slot: CacheSlot<T>, part a: Int, _ b: Int = 0, _ c: Int = 0, compute: () -> T) -> T {
    let key = PartKey(slot: slot.id, a: a, b: b, c: c)
    let hit: AnyObject? = storage.withLock { $0.parts[key] }
    if let hit { return Self.unbox(hit, as: T.self) }
    let value = compute()
    storage.withLock { $0.parts[key] = Box(value) }
    return value
  }

  /// The value in a box stored under a slot of type `T`. A slot's id is unique to that slot
  /// and the slot fixes `T`, so the box's type is known without a dynamic cast.
  @inline(__always) private static func unbox<T>(_ object: AnyObject, as _: T.Type) -> T {
    unsafeDowncast(object, to: Box<T>.self).value
  }

  /// Holds one value as a class instance, so storage holds references of one kind.
  private final class Box<T> {
    let value: T
    init(_ value: T) { self.value = value }
  }

  /// A per-part key: hashing four integers, not a formatted string.
  private struct PartKey: Hashable {
    let slot: Int
    let a: Int
    let b: Int
    let c: Int
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
