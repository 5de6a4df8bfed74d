public import SkillScanCore

/// The contents of one `.skillscan.yml`, as written (before presets and flags are merged).
///
/// Every field is optional in the file; an empty file is a valid config that changes nothing.
/// ``ConfigParser`` builds it and rejects unknown keys; ``SkillPolicy`` merges it with the
/// preset and the command line. The schema is documented in docs/CONFIG.md.
public struct SkillScanConfig: Sendable, Hashable {
  /// Where the config was read from (as given or found); nil for the built-in defaults.
  public var file: String?
  public var preset: ConfigPreset?
  /// A `--fail-on` value; the command-line flag wins.
  public var failOn: String?
  /// Rules to run even if off by default (canonical IDs).
  public var enabledRules: [RuleID] = []
  /// Rules not to run (canonical IDs).
  public var disabledRules: [RuleID] = []
  /// Severity per rule, applied before the verdict is computed.
  public var severityOverrides: [RuleID: Severity] = [:]
  /// Hosts whose URLs are trusted: a finding whose URLs all point at one of them (or a
  /// subdomain) is suppressed.
  public var allowedDomains: [String] = []
  /// Globs over `skill/file` (see ``PathGlob``); findings in matching files are suppressed.
  public var allowedPaths: [String] = []
  /// Scoped, reasoned suppressions.
  public var suppressions: [ConfigSuppression] = []
  public var inlineIgnores: InlineIgnorePolicy?

  /// The defaults: no file, nothing set.
  public init(file: String? = nil) { self.file = file }

  /// The folder holding ``file``, against which relative globs are also tried.
  public var directory: String? {
    guard let file, let slash = file.lastIndex(of: "/") else { return file == nil ? nil : "." }
    return slash == file.startIndex ? "/" : String(file[..<slash])
  }
}

/// One entry of `suppress:` — a rule, a place, a reason and an optional end date.
public struct ConfigSuppression: Sendable, Hashable {
  /// The rule to suppress; nil means any rule (then ``path`` is required).
  public var rule: RuleID?
  /// A glob over `skill/file` (see ``PathGlob``); nil means everywhere (then ``rule`` is required).
  public var path: String?
  /// Why it is acceptable; required so every suppression can be reviewed.
  public var reason: String
  /// The last day (`YYYY-MM-DD`) it applies; after that the finding counts again.
  public var expires: String?
  /// Line of the entry in the config file, for messages.
  public var line: Int

  public init(rule: RuleID?, path: String?, reason: String, expires: String? = nil, line: Int = 0) {
    self.rule = rule
    self.path = path
    self.reason = reason
    self.expires = expires
    self.line = line
  }

  /// Whether the entry has lapsed on `today` (`YYYY-MM-DD`; ISO dates compare as text).
  public func isExpired(today: String) -> Bool {
    guard let expires else { return false }
    return expires < today
  }
}
