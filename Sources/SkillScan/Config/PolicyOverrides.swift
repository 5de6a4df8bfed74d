public import SkillScanCore

/// What the command line sets on top of every config file (flags win over files).
public struct PolicyOverrides: Sendable, Hashable {
  /// `--preset`.
  public var preset: ConfigPreset?
  /// `--fail-on`, when given explicitly.
  public var failOn: String?
  /// `--enable`: runs even if a config disables it.
  public var enabledRules: Set<RuleID>
  /// `--disable`: never runs, whatever a config says.
  public var disabledRules: Set<RuleID>

  public init(
    preset: ConfigPreset? = nil, failOn: String? = nil, enabledRules: Set<RuleID> = [],
    disabledRules: Set<RuleID> = []
  ) {
    self.preset = preset
    self.failOn = failOn
    self.enabledRules = enabledRules
    self.disabledRules = disabledRules
  }
}
