import Foundation
public import SkillScanCore
public import SkillScanLoader

/// Options that change what a scan does.
public struct ScanConfiguration: Sendable {
  /// Skills scanned at once.
  public var jobs: Int
  /// Rule IDs to run even if off by default.
  public var enabledRules: Set<RuleID>
  /// Rule IDs never to run.
  public var disabledRules: Set<RuleID>
  /// Loader caps (archive size, ratio, entry count, largest file held in memory).
  public var limits: LoaderLimits
  /// Per-skill config, inline-ignore and baseline handling, applied before the verdict; nil
  /// reports every finding of the engine's rules unsuppressed. The engine's
  /// ``enabledRules``/``disabledRules`` must cover what the policies run
  /// (``ScanPolicies/engineEnabledRules``).
  public var policies: ScanPolicies?

  public init(
    jobs: Int = ProcessInfoCores.count, enabledRules: Set<RuleID> = [],
    disabledRules: Set<RuleID> = [], limits: LoaderLimits = LoaderLimits(),
    policies: ScanPolicies? = nil
  ) {
    self.jobs = jobs
    self.enabledRules = enabledRules
    self.disabledRules = disabledRules
    self.limits = limits
    self.policies = policies
  }
}

/// The number of active processor cores, as the default parallelism.
public enum ProcessInfoCores {
  public static var count: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}
