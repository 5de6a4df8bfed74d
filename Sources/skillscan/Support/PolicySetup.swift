import Foundation
import SkillScan
import SkillScanCore

/// Resolves configs, presets and the baseline for located skills and builds the scanner that
/// applies them, before any skill is scanned: a bad config is a usage error (exit 2).
enum PolicySetup {
  /// A scanner whose engine runs what every policy needs and whose policies settle
  /// suppressions before verdicts.
  /// - Throws: exit code 2 after printing a config or baseline error.
  static func scanner(
    for targets: ScanTargets, scan: ScanOptions, config: ConfigOptions, failOn: FailThreshold?,
    baseline: String?
  ) throws -> SkillScan.Scanner {
    let overrides = PolicyOverrides(
      preset: config.preset, failOn: failOn?.rawValue, enabledRules: Set(scan.enabled.map { RuleID(rawValue: $0) }),
      disabledRules: Set(scan.disabled.map { RuleID(rawValue: $0) }))
    let policies: ScanPolicies
    let warnings: [String]
    do {
      (policies, warnings) = try ScanPolicies.resolve(
        sources: targets.sources, explicitConfig: config.config, overrides: overrides, baselinePath: baseline)
    } catch {
      throw StandardError.fail(String(describing: error))
    }
    for warning in warnings { StandardError.write("skillscan: warning: \(warning)") }
    var configuration = scan.configuration
    configuration.enabledRules = policies.engineEnabledRules
    configuration.disabledRules = policies.engineDisabledRules
    configuration.policies = policies
    return SkillScan.Scanner(configuration: configuration)
  }
}
