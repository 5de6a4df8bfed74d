import ArgumentParser
import SkillScan
import SkillScanCore

/// Options that change what a scan runs; shared by every command that scans.
struct ScanOptions: ParsableArguments {
  @Option(name: .shortAndLong, help: "Skills scanned in parallel; 1 keeps the whole scan on one thread (default: number of cores).")
  var jobs: Int?

  @Option(name: .customLong("enable"), help: ArgumentHelp("Also run a rule that is off by default (repeatable).", valueName: "rule-id"))
  var enabled: [String] = []

  @Option(name: .customLong("disable"), help: ArgumentHelp("Do not run this rule (repeatable).", valueName: "rule-id"))
  var disabled: [String] = []

  func validate() throws {
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
    for id in enabled + disabled where !RuleCatalog.isRule(RuleID(rawValue: id)) {
      let hint = RuleCatalog.description(of: RuleID(rawValue: id)) == nil
        ? "unknown rule ID" : "a loader or discovery check, which cannot be switched"
      throw ValidationError("'\(id)' is \(hint); run 'skillscan rules' to list rules.")
    }
  }

  /// The façade configuration these options describe.
  var configuration: ScanConfiguration {
    ScanConfiguration(
      jobs: jobs ?? ProcessInfoCores.count,
      enabledRules: Set(enabled.map { RuleID(rawValue: $0) }),
      disabledRules: Set(disabled.map { RuleID(rawValue: $0) }))
  }
}
