/// Finishes one rule's findings on one file on the thread that made them, when nothing else
/// can join their group.
///
/// The engine's closing pass gives each finding its reachability, drops exact repeats and
/// folds every (rule, file) group over ``FindingFolding/keptPerRuleAndFile``. On a hostile
/// file one rule can report hundreds of thousands of findings, and that pass ran alone after
/// the rules: a fifth of a second on 20 MB of trigger-dense prose, with both rule threads
/// joined into one array of every finding first. Each of those steps looks only inside one
/// group, and a group is one rule's pass over one file unless findings from elsewhere join
/// it: the bundle's own, a skill-level check's, a second file under the same path, or a
/// second rule under the same id. Such a
/// pass can therefore be finished where it ran, in parallel, and hand over at most
/// `keptPerRuleAndFile + 1` findings. The report is the same as from the closing pass.
struct EarlyFinish: Sendable {
  /// One rule's findings on one file, and whether they are final.
  struct Slot {
    var findings: [Finding] = []
    var finished = false
  }

  private struct GroupKey: Hashable {
    let rule: RuleID
    let file: String
  }

  /// Groups that findings from outside the file passes join.
  private let joined: Set<GroupKey>
  /// Rule ids that more than one rule reports under (their passes share groups).
  private let sharedRuleIDs: Set<RuleID>
  /// Paths held by more than one analysed file.
  private let sharedPaths: Set<String>
  private let engine: RuleEngine
  private let skill: AnalyzedSkill

  /// - Parameter outside: the findings that do not come from one rule's pass over one file
  ///   (the bundle's and the skill-level checks').
  init(skill: AnalyzedSkill, outside: [Finding], engine: RuleEngine) {
    joined = Set(outside.map { GroupKey(rule: $0.ruleID, file: $0.file) })
    var seen = Set<String>()
    var shared = Set<String>()
    for file in skill.files where !seen.insert(file.source.path).inserted { shared.insert(file.source.path) }
    sharedPaths = shared
    sharedRuleIDs = engine.sharedRuleIDs
    self.engine = engine
    self.skill = skill
  }

  /// Makes `findings` (rule `rule`'s on `file`) final if they are many enough to fold and
  /// their group is theirs alone: reachability, then de-duplication, then folding, as the
  /// closing pass would. Returns whether it did; if not, `findings` is unchanged.
  func finish(_ findings: inout [Finding], rule: RuleID, file: AnalyzedFile) -> Bool {
    let path = file.source.path
    guard findings.count > FindingFolding.keptPerRuleAndFile, !sharedPaths.contains(path), !sharedRuleIDs.contains(rule),
      !joined.contains(GroupKey(rule: rule, file: path)),
      findings.allSatisfy({ $0.ruleID == rule && $0.file == path })
    else { return false }
    var byFile: [String: Reachability] = [:]
    for i in findings.indices {
      findings[i].reachability = engine.reachability(of: findings[i], in: skill, byFile: &byFile)
    }
    RuleEngine.deduplicate(&findings)
    findings = FindingFolding.fold(findings)
    return true
  }
}
