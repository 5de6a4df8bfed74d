public import SkillScan
public import SkillScanCore
import SkillScanRules

/// Runs rule examples through the real pipeline (analysis, frontmatter, engine, verdict) with
/// only the rule under test enabled.
///
/// Examples are the rule's specification; running them through ``Scanner/judge(_:)`` rather
/// than calling the rule directly means a regression in the lexers or the engine shows up as
/// a failing example too.
public enum ExampleRunner {
  /// Runs `example` against the built-in rule described by `rule`.
  /// - Parameters:
  ///   - example: a triggering or non-triggering example.
  ///   - rule: the rule's description; the rule type is looked up by ID in ``BuiltInRules``.
  /// - Returns: the rule's findings and the marked lines.
  public static func run(_ example: Example, rule: RuleDescription) -> ExampleOutcome {
    guard let type = BuiltInRules.all.first(where: { $0.description.id == rule.id }) else {
      var outcome = outcome(example, rule.id, variant: "as written", file: "", lines: [], findings: [])
      outcome.errors = ["rule \(rule.id) is not registered in BuiltInRules.all"]
      return outcome
    }
    return run(example, rule: type.init())
  }

  /// Runs `example` against a rule instance (also one that is not registered).
  public static func run(_ example: Example, rule: any Rule) -> ExampleOutcome {
    let marked = MarkedText(example.text)
    let skill = ExampleSkill(text: marked.text, language: example.language, path: example.path)
    return judge(skill, marked: marked, example: example, rule: rule, variant: "as written")
  }

  /// Runs a shell or Python example inside a fenced block of `SKILL.md` (style.md §3): a
  /// rule that fires on a script must fire on the same code fenced in Markdown.
  /// - Returns: nil when the example's language has no fence variant or it sets a path.
  public static func runFenced(_ example: Example, rule: RuleDescription) -> ExampleOutcome? {
    guard example.path == nil, let info = fenceInfo(for: example.language),
      let type = BuiltInRules.all.first(where: { $0.description.id == rule.id })
    else { return nil }
    let marked = MarkedText(example.text)
    let skill = ExampleSkill(text: marked.text, language: example.language, path: nil, layout: .fenced(info))
    return judge(skill, marked: marked, example: example, rule: type.init(), variant: "in a \(info) fence")
  }

  /// The fence info string a script example is wrapped in.
  public static func fenceInfo(for language: Language) -> String? {
    switch language {
    case .shell: "bash"
    case .python: "python"
    case .javascript: "javascript"
    case .powershell: "powershell"
    default: nil
    }
  }

  static func judge(
    _ skill: ExampleSkill, marked: MarkedText, example: Example, rule: any Rule, variant: String
  ) -> ExampleOutcome {
    let scanner = Scanner(configuration: ScanConfiguration(jobs: 1), rules: [rule])
    let result = scanner.judge(skill.bundle)
    let id = rule.description.id
    let findings = result.findings.filter { $0.ruleID == id }
    return outcome(
      example, id, variant: variant, file: skill.file,
      lines: marked.markedLines.map { $0 + skill.lineOffset }, findings: findings)
  }

  static func outcome(
    _ example: Example, _ id: RuleID, variant: String, file: String, lines: [Int],
    findings: [Finding]
  ) -> ExampleOutcome {
    ExampleOutcome(
      ruleID: id, origin: "\(example.sourceFile):\(example.sourceLine)", variant: variant,
      file: file, expectedLines: lines, findings: findings, errors: [])
  }
}
