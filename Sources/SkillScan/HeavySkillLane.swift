#if canImport(Glibc)
import Glibc
#endif

/// Admits one large skill at a time to analysis and hands its memory back afterwards, so
/// that peak memory does not depend on how the scheduler happens to place large skills.
///
/// Analysis holds every derived view of a skill's files until its skill-level rules are
/// done: about 25 bytes per byte scanned for minified JavaScript, so 80 MB for a 3 MB skill.
/// glibc keeps freed memory in the arena of the thread that freed it, and the next large
/// skill, run on another thread, grew a second arena beside it. Measured on the 16 largest
/// skills of the registry snapshot with 2 jobs: 230-290 MB peak RSS, against 160 MB with one
/// job. Running large skills one at a time and trimming the arenas after each brings 2 jobs
/// back to the one-job figure. Small skills keep running beside the large one, so throughput
/// is unchanged: 22 of the 8,935 skills in the snapshot reach ``threshold``.
actor HeavySkillLane {
  /// Bytes of scanned files from which a skill counts as large.
  static let threshold = 1 << 20

  private var busy = false
  private var waiting: [CheckedContinuation<Void, Never>] = []

  /// Runs `body` once no other large skill is being analysed.
  ///
  /// Waiters are admitted in arrival order. `body` runs outside the actor and never waits
  /// for another skill, so the lane cannot deadlock the scan.
  nonisolated func run<T: Sendable>(_ body: () -> T) async -> T {
    await run { (body(), Leftover(nil)) }
  }

  /// Runs `body`, which returns its result and what it leaves to free (the skill's
  /// analysis), once no other large skill is being analysed.
  ///
  /// The result is returned at once; the leftover is freed and the arenas trimmed on another
  /// thread, and the lane stays taken until that is done, so the next large skill still
  /// starts with the memory handed back. Freeing the views of a 20 MB file took half a
  /// second, which the caller (writing the report, or exiting after the last skill) no
  /// longer waits for.
  nonisolated func run<T: Sendable>(_ body: () -> (T, Leftover)) async -> T {
    await acquire()
    let (result, leftover) = body()
    // High priority: the freeing must not wait behind the scan tasks, or the memory it
    // returns lingers (it runs as soon as a worker is free, which is soon: skills are short).
    Task.detached(priority: .high) {
      leftover.free()
      Self.returnFreedMemory()
      await self.release()
    }
    return result
  }

  /// What a large skill's analysis leaves behind, handed over to be freed off the caller's
  /// path. Used by one thread at a time: filled by the body, emptied by the retiring task.
  final class Leftover: @unchecked Sendable {
    private var value: Any?
    init(_ value: Any?) { self.value = value }
    /// Drops the held value, so its memory is freed on the calling thread.
    func free() { value = nil }
  }

  /// Returns the freed pages of every malloc arena to the system (a no-op off glibc).
  private nonisolated static func returnFreedMemory() {
    #if canImport(Glibc)
    _ = mallocTrim(0)
    #endif
  }

  private func acquire() async {
    guard busy else {
      busy = true
      return
    }
    await withCheckedContinuation { waiting.append($0) }
  }

  private func release() {
    if waiting.isEmpty {
      busy = false
    } else {
      waiting.removeFirst().resume()
    }
  }
}

#if canImport(Glibc)
/// glibc's `malloc_trim`, which the Glibc module does not export (it lives in `malloc.h`).
@_silgen_name("malloc_trim") private func mallocTrim(_ pad: Int) -> Int32
#endif
