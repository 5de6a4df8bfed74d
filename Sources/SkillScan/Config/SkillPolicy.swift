import Foundation
public import SkillScanCore

/// The settings that govern one skill: its config merged with the preset and the command line.
///
/// Precedence, strongest first: command-line flags, the config file, the preset (the config's
/// `preset:` or `--preset`, default `balanced`). ``SuppressionApplier`` reads it to decide
/// which findings count before the verdict is computed.
public struct SkillPolicy: Sendable {
  /// The config it came from (the defaults when no file governs the skill).
  public var config: SkillScanConfig
  public var preset: ConfigPreset
  /// The effective `--fail-on` value.
  public var failOn: String
  public var inlineIgnores: InlineIgnorePolicy
  /// Text output leaves out findings below this severity.
  public var textMinimumSeverity: Severity
  /// Rules switched on beyond the defaults.
  public var enabledRules: Set<RuleID>
  /// Rules switched off.
  public var disabledRules: Set<RuleID>
  public var severityOverrides: [RuleID: Severity]
  public var allowedPaths: [PathGlob]
  /// Config suppressions with their compiled globs.
  public var suppressions: [(entry: ConfigSuppression, glob: PathGlob?)]
  /// Accepted findings, when a baseline was given.
  public var baseline: BaselineIndex?
  /// Today as `YYYY-MM-DD`, against which `expires` is compared.
  public var today: String

  public init(
    config: SkillScanConfig = SkillScanConfig(), overrides: PolicyOverrides = PolicyOverrides(),
    baseline: BaselineIndex? = nil, today: String = SkillPolicy.today()
  ) {
    self.config = config
    let preset = overrides.preset ?? config.preset ?? .balanced
    let settings = preset.settings
    self.preset = preset
    failOn = overrides.failOn ?? config.failOn ?? settings.failOn
    inlineIgnores = config.inlineIgnores ?? settings.inlineIgnores
    textMinimumSeverity = settings.textMinimumSeverity
    var enabled = settings.enablesOffByDefaultRules ? Self.offByDefaultRules : []
    enabled.formUnion(config.enabledRules)
    var disabled = Set(config.disabledRules)
    enabled.subtract(disabled)
    disabled.subtract(overrides.enabledRules)
    enabled.formUnion(overrides.enabledRules)
    disabled.formUnion(overrides.disabledRules)
    enabled.subtract(overrides.disabledRules)
    enabledRules = enabled
    disabledRules = disabled
    severityOverrides = config.severityOverrides
    allowedPaths = config.allowedPaths.map(PathGlob.init)
    suppressions = config.suppressions.map { ($0, $0.path.map(PathGlob.init)) }
    self.baseline = baseline
    self.today = today
  }

  /// Detection rules that are off unless enabled (the `strict` preset enables them all).
  public static let offByDefaultRules: Set<RuleID> = Set(
    RuleCatalog.all.filter { RuleCatalog.isRule($0.id) && !$0.enabledByDefault }.map(\.id))

  /// Whether findings of `rule` belong in this skill's report (loader and other checks always do).
  public func runs(_ rule: RuleID) -> Bool {
    if disabledRules.contains(rule) { return false }
    return !Self.offByDefaultRules.contains(rule) || enabledRules.contains(rule)
  }

  /// Hosts whose URLs are trusted.
  public var allowedDomains: [String] { config.allowedDomains }

  /// The strings globs are matched against for `file` in the skill at `skillPath`:
  /// `<skill folder name>/<file>` and, when the skill lies under the config's folder,
  /// `<skill path relative to that folder>/<file>`.
  public func globSubjects(skillPath: String) -> [String] {
    let folder = SkillBundle(path: skillPath, files: []).folderName
    var subjects = [folder]
    if let directory = config.directory {
      let base = URL(fileURLWithPath: directory).standardizedFileURL.path
      let (outer, inner) = Self.splitArchive(skillPath)
      let absolute = URL(fileURLWithPath: outer).standardizedFileURL.path + inner
      let prefix = base.hasSuffix("/") ? base : base + "/"
      if absolute.hasPrefix(prefix) {
        let relative = String(absolute.dropFirst(prefix.count))
        if relative != folder { subjects.append(relative) }
      }
    }
    return subjects
  }

  static func splitArchive(_ path: String) -> (String, String) {
    guard let bang = path.firstIndex(of: "!") else { return (path, "") }
    return (String(path[..<bang]), String(path[bang...]))
  }

  /// The current local date as `YYYY-MM-DD`.
  public static func today() -> String {
    // `localtime_r`, not `Calendar`: Foundation's calendar loads ICU data, a few
    // milliseconds of every one-skill scan.
    var now = time(nil)
    var parts = tm()
    guard localtime_r(&now, &parts) != nil else { return "1970-01-01" }
    func pad(_ n: Int32, _ width: Int) -> String {
      let digits = String(n)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    return "\(pad(parts.tm_year + 1900, 4))-\(pad(parts.tm_mon + 1, 2))-\(pad(parts.tm_mday, 2))"
  }
}
