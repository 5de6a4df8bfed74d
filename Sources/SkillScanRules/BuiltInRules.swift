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
  public static let all: [any Rule.Type] = groups.joined().sorted {
    $0.description.id < $1.description.id
  }

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

  /// The description of a rule by ID or deprecated alias.
  public static func description(of id: RuleID) -> RuleDescription? {
    for type in all {
      let d = type.description
      if d.id == id || d.deprecatedAliases.contains(id) { return d }
    }
    return nil
  }
}
