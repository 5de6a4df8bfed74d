public import SkillScanCore
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
  private let ruleProfile = Mutex<RuleProfile>(RuleProfile())
  /// How many of the slowest files the report lists.
  public static let slowestFileCount = 20

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

  /// Adds one skill's per-rule and per-file rule time; only the slowest files are kept.
  public func add(_ profile: RuleProfile) {
    ruleProfile.withLock { total in
      for (rule, time) in profile.rules { total.rules[rule, default: .zero] += time }
      total.files += profile.files
      if total.files.count > 4 * Self.slowestFileCount {
        total.files.sort { $0.duration > $1.duration }
        total.files.removeLast(total.files.count - Self.slowestFileCount)
      }
    }
  }

  /// The `--timings` document: seconds per stage name at the top level, `per_rule` (seconds per
  /// rule ID, summed over files) and `slowest_files` (path, bytes, seconds for all rules).
  public var report: [String: Any] {
    var out: [String: Any] = seconds
    let profile = ruleProfile.withLock { $0 }
    out["per_rule"] = profile.rules.reduce(into: [String: Double]()) { $0[$1.key.rawValue] = Self.seconds($1.value) }
    out["slowest_files"] = profile.files.sorted { $0.duration > $1.duration }.prefix(Self.slowestFileCount).map {
      ["path": $0.path, "bytes": $0.bytes, "seconds": Self.seconds($0.duration)] as [String: Any]
    }
    return out
  }

  private static func seconds(_ d: Duration) -> Double {
    Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
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
