public import SkillScanCore

/// The registry of built-in rules.
///
/// Each taxonomy folder keeps its own hand-maintained list (`SpecRules.all` …) so that rules
/// in different categories can be added without touching one shared file; this type joins
/// them and sorts by ID. A test checks that every `*Rule.swift` file is listed, that IDs are
/// unique and valid, and that every rule has triggering and non-triggering examples.
public enum BuiltInRules {
  /// The per-category lists, joined.
  static let groups: [[any Rule.Type]] = [
    // Add one line per category list here.
    BehaviorRules.all,
    SystemRules.all,
    PrivilegeRules.all,
    PersistenceRules.all,
    AgentConfigRules.all,
    LoadTimeRules.all,
    MoneyRules.all,
    TrustRules.all,
    InjectionRules.all,
    ExfiltrationRules.all,
    FlowRules.all,
    SecretsRules.all,
    PromptInjectionRules.all,
    SupplyChainRules.all,
    UnicodeRules.all,
    MalwareRules.all,
    SpecRules.all,
    ObfuscationRules.all,
    DropperRules.all,
    FetchRules.all,
    IndicatorRules.all,
    EndpointRules.all,
    OpaqueRules.all,
    NameRules.all,
  ]

  /// Every built-in rule type, sorted by ID.
  public static let all: [any Rule.Type] = groups.joined()
    // Each `description` read copies a large value through a witness table, so read the IDs
    // once and sort those: comparing descriptions was a tenth of a one-skill scan's start-up.
    .map { (id: $0.description.id, type: $0) }
    .sorted { $0.id < $1.id }
    .map(\.type)

  /// Instances of the rules to run: enabled by default or explicitly, and not disabled.
  public static func instantiate(enabled: Set<RuleID> = [], disabled: Set<RuleID> = []) -> [any Rule] {
    var rules: [any Rule] = []
    for type in all {
      let d = type.description
      let on = d.enabledByDefault || enabled.contains(d.id)
      let off = disabled.contains(d.id) || d.deprecatedAliases.contains(where: disabled.contains)
      if on && !off { rules.append(type.init()) }
    }
    return rules
  }

  /// Every rule ID and deprecated alias, for membership tests that would otherwise copy each
  /// description per question.
  public static let knownIDs: Set<RuleID> = Set(all.flatMap { [$0.description.id] + $0.description.deprecatedAliases })

  /// The description of a rule by ID or deprecated alias.
  public static func description(of id: RuleID) -> RuleDescription? {
    for type in all {
      let d = type.description
      if d.id == id || d.deprecatedAliases.contains(id) { return d }
    }
    return nil
  }
}
