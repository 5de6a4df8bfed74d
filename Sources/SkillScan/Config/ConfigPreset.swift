public import SkillScanCore

/// A named bundle of defaults, so a team picks a posture instead of tuning every knob.
///
/// Presets are data: each case maps to one ``PresetSettings`` value, and everything a preset
/// sets can be overridden by the config file, and the config file by command-line flags.
public enum ConfigPreset: String, Sendable, CaseIterable, Hashable {
  /// Fail on anything suspicious, run every rule (also those off by default), ignore inline
  /// ignores entirely. For registries and untrusted submissions.
  case strict
  /// The default: fail on malicious, default rules, inline ignores restricted.
  case balanced
  /// Fail on malicious only and keep low/info findings out of text output (JSON and SARIF
  /// still carry them). For noisy repositories adopting the scanner gradually.
  case permissive

  /// What this preset sets.
  public var settings: PresetSettings {
    switch self {
    case .strict:
      PresetSettings(
        failOn: "suspicious", enablesOffByDefaultRules: true, inlineIgnores: .off,
        textMinimumSeverity: .info)
    case .balanced:
      PresetSettings(
        failOn: "malicious", enablesOffByDefaultRules: false, inlineIgnores: .restricted,
        textMinimumSeverity: .info)
    case .permissive:
      PresetSettings(
        failOn: "malicious", enablesOffByDefaultRules: false, inlineIgnores: .restricted,
        textMinimumSeverity: .medium)
    }
  }
}

/// The values a ``ConfigPreset`` stands for.
public struct PresetSettings: Sendable, Hashable {
  /// The `--fail-on` value used when neither the command line nor the config sets one.
  public var failOn: String
  /// Whether rules that are off by default run.
  public var enablesOffByDefaultRules: Bool
  /// How far inline `skillscan-ignore` comments inside skills are trusted.
  public var inlineIgnores: InlineIgnorePolicy
  /// Findings below this severity are left out of text output (never out of machine formats,
  /// never out of the summary counts).
  public var textMinimumSeverity: Severity
}

/// How far `skillscan-ignore` comments written inside a scanned skill are trusted.
///
/// The skill's author is the party being checked, so by default an inline ignore can only
/// quiet findings that cannot make a skill malicious or suspicious on their own (see
/// docs/CONFIG.md, "Inline ignores and trust").
public enum InlineIgnorePolicy: String, Sendable, CaseIterable, Hashable {
  /// Inline ignores never suppress anything (they are still parsed and reported).
  case off
  /// Inline ignores suppress only findings of medium severity or less that are not complete
  /// chains and not integrity checks; an attempt on anything else is refused and reported.
  case restricted
  /// Inline ignores suppress any finding. Only for repositories whose skills you write and
  /// review yourself; it can be set only in a config file outside the skills.
  case all
}
