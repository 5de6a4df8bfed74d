public import SkillScanCore
import SkillScanLoader
import SkillScanRules

/// Every check SkillScan can report: built-in rules, loader, discovery and suppression checks.
///
/// The CLI (`skillscan rules`), SARIF rule descriptors and the docs generator read this one
/// list, so they never import the rule or loader targets directly and a finding's rule ID can
/// always be explained.
public enum RuleCatalog {
  /// All descriptions, sorted by ID; on a clash the built-in rule wins.
  public static let all: [RuleDescription] = {
    var byID: [RuleID: RuleDescription] = [:]
    let groups: [[RuleDescription]] = [
      BuiltInRules.all.map { $0.description }, LoaderChecks.all, DiscoveryChecks.all,
      SuppressionChecks.all,
    ]
    for description in groups.joined() where byID[description.id] == nil {
      byID[description.id] = description
    }
    // Sort the keys, not the descriptions: moving the large values in the sort was a
    // measurable part of start-up.
    return byID.keys.sorted().map { byID[$0]! }
  }()

  /// The description of `id`, or of the rule that lists `id` as a deprecated alias.
  /// - Parameter id: a rule ID as printed in a report.
  /// - Returns: nil when no check has that ID.
  public static func description(of id: RuleID) -> RuleDescription? {
    all.first { $0.id == id } ?? all.first { $0.deprecatedAliases.contains(id) }
  }

  /// Whether a description is a detection rule (as opposed to a loader or discovery check,
  /// which cannot be switched off with `--disable`).
  public static func isRule(_ id: RuleID) -> Bool {
    BuiltInRules.knownIDs.contains(id)
  }
}
