import Foundation
public import SkillScanCore

/// The policy for every located skill of one scan, resolved before scanning starts so that a
/// bad config stops the run (exit 2) instead of surfacing halfway through.
public struct ScanPolicies: Sendable {
  /// Distinct policies; index 0 governs skills no config file covers.
  public private(set) var policies: [SkillPolicy]
  /// Policy index per source display path.
  private var indexBySource: [String: Int] = [:]

  /// One policy for every skill (`--config FILE`, or an embedder's choice).
  public init(uniform policy: SkillPolicy) {
    policies = [policy]
  }

  /// The policy of the skill reported at `path` (`archive.zip!/inner` uses `archive.zip`'s).
  public func policy(forSkillAt path: String) -> SkillPolicy {
    if let index = indexBySource[path] { return policies[index] }
    if let bang = path.firstIndex(of: "!"), let index = indexBySource[String(path[..<bang])] {
      return policies[index]
    }
    return policies[0]
  }

  /// Rules the engine must run so every policy's enabled rules are covered.
  public var engineEnabledRules: Set<RuleID> {
    policies.reduce(into: Set<RuleID>()) { $0.formUnion($1.enabledRules) }
  }

  /// Rules no policy runs, so the engine can skip them.
  public var engineDisabledRules: Set<RuleID> {
    guard var common = policies.first?.disabledRules else { return [] }
    for policy in policies.dropFirst() { common.formIntersection(policy.disabledRules) }
    return common
  }

  /// `path` relative to the current folder when it lies below it, so reports do not carry
  /// the machine's absolute paths.
  static func relativeToWorkingFolder(_ path: String) -> String {
    let cwd = FileManager.default.currentDirectoryPath
    let prefix = cwd.hasSuffix("/") ? cwd : cwd + "/"
    return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
  }

  /// Resolves policies for `sources`.
  ///
  /// With `explicitConfig` every skill uses that file; otherwise each skill uses the
  /// `.skillscan.yml` found by ``ConfigLocator`` (files are parsed once each).
  /// - Returns: the policies and warnings for a person (unknown rule IDs, configs ignored
  ///   because they sit inside a skill).
  /// - Throws: ``ConfigError`` for an unreadable or invalid config or baseline.
  public static func resolve(
    sources: [SkillSource], explicitConfig: String?, overrides: PolicyOverrides,
    baselinePath: String?, today: String = SkillPolicy.today()
  ) throws -> (ScanPolicies, [String]) {
    var warnings: [String] = []
    let baseline = try baselinePath.map { BaselineIndex(try Baseline.load($0), source: $0) }
    func make(_ config: SkillScanConfig) -> SkillPolicy {
      SkillPolicy(config: config, overrides: overrides, baseline: baseline, today: today)
    }
    if let explicitConfig {
      let (config, notes) = try ConfigParser().load(explicitConfig)
      return (ScanPolicies(uniform: make(config)), notes)
    }
    var result = ScanPolicies(uniform: make(SkillScanConfig()))
    var indexByFile: [String: Int] = [:]
    let locator = ConfigLocator()
    var searched: [String: String?] = [:]
    for source in sources {
      let found = locator.search(from: ConfigLocator.startFolder(of: source), memo: &searched)
      if let inside = locator.configInsideSkill(source), inside != found {
        warnings.append("ignoring \(inside): a config inside a scanned skill is not trusted; pass --config to use it")
      }
      guard let found = found.map(Self.relativeToWorkingFolder) else { continue }
      if indexByFile[found] == nil {
        let (config, notes) = try ConfigParser().load(found)
        warnings += notes
        indexByFile[found] = result.policies.count
        result.policies.append(make(config))
      }
      result.indexBySource[source.displayPath] = indexByFile[found]
    }
    return (result, warnings)
  }
}
