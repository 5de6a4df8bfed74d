import Foundation
import Synchronization
import Testing

@testable import SkillScanCore

/// The per-file cache: each slot and part holds its own value, and a view is computed once
/// even when several threads (the rules of one large file) ask for it at the same time.
@Suite struct AnalysisCacheTests {
  static let first = CacheSlot<[Int]>("test.first")
  static let second = CacheSlot<[Int]>("test.second")
  static let shared = CacheSlot<String>("test.shared")
  static let inner = CacheSlot<Int>("test.inner")
  static let outer = CacheSlot<Int>("test.outer")

  @Test func slotsAndPartsHoldTheirOwnValues() {
    let cache = AnalysisCache()
    #expect(cache.value(Self.first) { [1] } == [1])
    #expect(cache.value(Self.second) { [2] } == [2])
    #expect(cache.value(Self.first) { [99] } == [1], "a stored view is returned, not recomputed")
    #expect(cache.value(Self.first, part: 3, 7) { [37] } == [37])
    #expect(cache.value(Self.first, part: 7, 3) { [73] } == [73], "parts are ordered tuples")
    #expect(cache.value(Self.second, part: 3, 7) { [-37] } == [-37], "the same part of another slot is its own view")
    #expect(cache.value(Self.first, part: 3, 7, 1) { [371] } == [371])
    #expect(cache.value(Self.first, part: 3, 7) { [0] } == [37])
    #expect(cache.value(Self.first) { [0] } == [1], "the whole-file view is apart from its parts")
    // Parts hash as packed pairs; parts whose packed words coincide stay apart.
    #expect(cache.value(Self.first, part: 1 << 32, 0) { [320] } == [320])
    #expect(cache.value(Self.first, part: 0, 1) { [1] } == [1], "same packed hash, different part")
    #expect(cache.value(Self.first, part: 1 << 32, 0) { [0] } == [320])
  }

  @Test func smallPartsAreComputedByEachReaderLargeOnesOnce() {
    let cache = AnalysisCache()
    var runs = 0
    let small = AnalysisCache.smallestCachedPart - 1
    for _ in 0..<3 { _ = cache.value(Self.first, part: 1, 2, size: small) { runs += 1; return [runs] } }
    #expect(runs == 3, "a small part is not stored: a look-up costs more than reading it again")
    runs = 0
    for _ in 0..<3 { _ = cache.value(Self.first, part: 5, 6, size: AnalysisCache.smallestCachedPart) { runs += 1; return [7] } }
    #expect(runs == 1, "a part of the cached size is computed once")
    #expect(cache.value(Self.first, part: 5, 6) { [0] } == [7], "and stored under the same key as a sizeless read")
  }

  @Test func concurrentReadersShareOneComputation() {
    let cache = AnalysisCache()
    let computed = Atomic<Int>(0)
    let results = Mutex<[String]>([])
    DispatchQueue.concurrentPerform(iterations: 8) { _ in
      let value = cache.value(Self.shared) {
        computed.add(1, ordering: .relaxed)
        Thread.sleep(forTimeInterval: 0.05)
        return "view"
      }
      results.withLock { $0.append(value) }
    }
    #expect(computed.load(ordering: .relaxed) == 1)
    #expect(results.withLock { $0 } == Array(repeating: "view", count: 8))
  }

  @Test func aViewMayWaitForAnotherViewBeingComputed() {
    let cache = AnalysisCache()
    let innerRuns = Atomic<Int>(0)
    let outerRuns = Atomic<Int>(0)
    let sums = Mutex<[Int]>([])
    DispatchQueue.concurrentPerform(iterations: 6) { i in
      let innerValue: () -> Int = {
        cache.value(Self.inner) {
          innerRuns.add(1, ordering: .relaxed)
          Thread.sleep(forTimeInterval: 0.03)
          return 20
        }
      }
      // Half the threads start at the outer view (which needs the inner one), half at the inner.
      let value = i.isMultiple(of: 2)
        ? cache.value(Self.outer) {
          outerRuns.add(1, ordering: .relaxed)
          return innerValue() + 1
        }
        : innerValue()
      sums.withLock { $0.append(value) }
    }
    #expect(innerRuns.load(ordering: .relaxed) == 1)
    #expect(outerRuns.load(ordering: .relaxed) == 1)
    #expect(sums.withLock { $0.sorted() } == [20, 20, 20, 21, 21, 21])
  }

  static let slow = CacheSlot<Int>("test.slow")
  static let wrapper = CacheSlot<Int>("test.wrapper")

  /// A thread that would wait for a view being computed runs the offered work instead, and
  /// still gets the computed value.
  @Test func aWaitingThreadRunsOfferedWork() {
    let cache = AnalysisCache()
    let helped = Atomic<Int>(0)
    let computing = DispatchSemaphore(value: 0)
    let release = DispatchSemaphore(value: 0)
    let helper: @Sendable () -> Bool = {
      // The first run of offered work lets the slow view finish.
      if helped.add(1, ordering: .relaxed).oldValue == 0 { release.signal() }
      return helped.load(ordering: .relaxed) < 3
    }
    let results = Mutex<[Int]>([])
    cache.withHelper(helper) {
      Self.onTwoThreads(
        {
          let v = cache.value(Self.slow) {
            computing.signal()
            // Bounded, so a cache that never offers work fails the test instead of hanging it.
            _ = release.wait(timeout: .now() + 5)
            return 7
          }
          results.withLock { $0.append(v) }
        },
        {
          computing.wait()
          results.withLock { $0.append(cache.value(Self.slow) { -1 }) }
        })
    }
    #expect(helped.load(ordering: .relaxed) >= 1, "the waiting thread ran offered work")
    #expect(results.withLock { $0 } == [7, 7])
  }

  /// A thread that is itself computing a view never runs offered work while it waits: another
  /// thread might be waiting for that view, and helping could then close a cycle.
  @Test func aComputingThreadWaitsWithoutHelping() {
    let cache = AnalysisCache()
    let helped = Atomic<Int>(0)
    let computing = DispatchSemaphore(value: 0)
    let results = Mutex<[Int]>([])
    cache.withHelper({ helped.add(1, ordering: .relaxed); return true }) {
      Self.onTwoThreads(
        {
          let v = cache.value(Self.slow) {
            computing.signal()
            Thread.sleep(forTimeInterval: 0.1)
            return 5
          }
          results.withLock { $0.append(v) }
        },
        {
          computing.wait()
          // Inside a computation of its own, this thread asks for the pending view.
          let v = cache.value(Self.wrapper) { cache.value(Self.slow) { -1 } + 1 }
          results.withLock { $0.append(v) }
        })
    }
    #expect(helped.load(ordering: .relaxed) == 0)
    #expect(results.withLock { $0.sorted() } == [5, 6])
  }

  /// Runs both closures at once on two threads of their own (a pool might run them one
  /// after the other, and the tests need them to overlap) and returns when both are done.
  static func onTwoThreads(_ a: @escaping @Sendable () -> Void, _ b: @escaping @Sendable () -> Void) {
    let done = DispatchSemaphore(value: 0)
    for body in [a, b] {
      Thread {
        body()
        done.signal()
      }.start()
    }
    done.wait()
    done.wait()
  }
}
