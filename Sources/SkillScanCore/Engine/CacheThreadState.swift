#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// What the current thread is doing inside ``AnalysisCache``s: how many views it is
/// computing (nested) and how many rules it is running on behalf of others while it waits.
///
/// A thread that waits for a view another thread computes may run another rule meanwhile
/// (see ``AnalysisCache``), but only while it computes no view itself: a thread that holds no
/// pending view cannot be waited for, so its helping cannot close a cycle of waits. That
/// needs a per-thread count, which is what this is.
final class CacheThreadState {
  /// Views this thread is computing right now (nested computations count each).
  var computing = 0
  /// Rules this thread runs nested inside waits (bounded, so stacks stay shallow).
  var helping = 0
  /// Time spent in rules run while waiting, so the waiting rule's own time excludes it.
  var helpedTime: Duration = .zero

  /// The calling thread's state, created on first use and freed with the thread.
  static var current: CacheThreadState {
    if let pointer = pthread_getspecific(key) {
      return Unmanaged<CacheThreadState>.fromOpaque(pointer).takeUnretainedValue()
    }
    let state = CacheThreadState()
    pthread_setspecific(key, Unmanaged.passRetained(state).toOpaque())
    return state
  }

  private static let key: pthread_key_t = {
    var key = pthread_key_t()
    let status = pthread_key_create(&key) { pointer in
      guard let pointer else { return }
      Unmanaged<CacheThreadState>.fromOpaque(pointer).release()
    }
    precondition(status == 0, "pthread_key_create failed")
    return key
  }()
}
