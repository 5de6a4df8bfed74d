public import Synchronization

/// CPU time spent in each pipeline stage, summed over all worker tasks.
///
/// Filled only when a caller asks for it (`skillscan scan --timings FILE`, the benchmark), so
/// normal scans pay nothing. Shared by the parallel tasks of one scan through a `Mutex`.
public final class StageTimings: Sendable {
  /// The stages measured, in pipeline order.
  public enum Stage: String, Sendable, CaseIterable {
    case load, analyze, rules, verdict, report
  }

  private let totals = Mutex<[Stage: Duration]>([:])

  public init() {}

  /// Adds `duration` to `stage`.
  public func add(_ duration: Duration, to stage: Stage) {
    totals.withLock { $0[stage, default: .zero] += duration }
  }

  /// Runs `body`, charging its wall time to `stage`.
  public func measure<T>(_ stage: Stage, _ body: () throws -> T) rethrows -> T {
    let clock = ContinuousClock()
    let start = clock.now
    defer { add(clock.now - start, to: stage) }
    return try body()
  }

  /// Seconds per stage name, for JSON output.
  public var seconds: [String: Double] {
    totals.withLock { totals in
      var out: [String: Double] = [:]
      for stage in Stage.allCases {
        let d = totals[stage, default: .zero].components
        out[stage.rawValue] = Double(d.seconds) + Double(d.attoseconds) / 1e18
      }
      return out
    }
  }
}
