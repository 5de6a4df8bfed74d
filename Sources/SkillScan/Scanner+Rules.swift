public import SkillScanCore
import SkillScanFormats
import SkillScanLexers
import SkillScanLoader

extension Scanner {
  /// Creates a scanner with the built-in pipeline that runs exactly `rules`.
  ///
  /// The example runner and rule tests judge a skill with one rule switched on, so a finding
  /// can be attributed without filtering, and a test-only rule can be run through the real
  /// pipeline. `configuration.enabledRules`/`disabledRules` are not consulted.
  /// - Parameters:
  ///   - configuration: loader limits and parallelism.
  ///   - rules: the rule instances to run, in any order.
  public init(configuration: ScanConfiguration = ScanConfiguration(), rules: [any Rule]) {
    self.configuration = configuration
    self.locator = FileSystemLocator()
    self.loader = BundleLoader(limits: configuration.limits)
    self.analyzer = DefaultFileAnalyzer()
    self.manifestParser = FrontmatterParser()
    self.engine = RuleEngine(rules: rules, parallelFileBytes: Self.parallelFileBytes(jobs: configuration.jobs))
    self.policy = DefaultVerdictPolicy()
  }
}

extension Scanner {
  /// From which file size one file's rules share the cores: never with `--jobs 1`, which a
  /// user sets to keep the scan on one thread (a shared CI runner, a measurement).
  static func parallelFileBytes(jobs: Int) -> Int {
    jobs > 1 ? RuleEngine.defaultParallelFileBytes : .max
  }
}
