import SkillScanCore

/// Reports a skill function that hands its input to `eval`, a shell, an SQL string or a path
/// under a fixed base directory (see ``InjectionSinks``).
///
/// Careless code, not malice: a medium finding that never makes a verdict on its own. When
/// the skill also promises the operation is safe, `claim-contradicted-safety` reports the
/// sink instead.
struct InjectableCodeRule: Rule {
  static let description = RuleDescription(
    id: "injectable-code",
    name: "Function input reaches eval, a shell, SQL or a confined path",
    pattern: .injection,
    severity: .medium,
    confidence: .medium,
    languages: [.python, .javascript],
    summary: "A function passes its argument unchecked to eval/exec, a shell command, an SQL string or a path under a base directory.",
    rationale: """
      The agent calls a skill's functions with text taken from the user, a document or a web \
      page. `eval(expression)` runs that text as code, `os.system(f"… {name}")` as a shell \
      command, `execute(f"SELECT … {term}")` as SQL, and `open(base + name)` reads any file \
      `../` reaches. One crafted input then runs the attacker's code with the user's rights \
      (CWE-94, CWE-78, CWE-89, CWE-22; the paper's "vulnerable" skills, taxonomy.md §1).
      """,
    remediation: """
      Parse instead of evaluating (`ast.literal_eval`, a small expression parser), pass \
      commands as argument lists without a shell, use parameterised queries, and resolve \
      paths then check they stay inside the base directory.
      """,
    references: [.owaspLLM(5), .owaspASI(5), .cwe(94), .cwe(78), .cwe(89), .cwe(22)],
    keywords: [],
    triggeringExamples: InjectableCodeRule.triggering,
    nonTriggeringExamples: InjectableCodeRule.nonTriggering
  )

  func check(skill: AnalyzedSkill, into sink: inout FindingSink) {
    for found in InjectionSinks.sinks(in: skill) where SafetyClaims.contradicted(by: found, in: skill) == nil {
      guard let file = skill.files.first(where: { $0.path == found.file }) else { continue }
      sink.report("\(found.kind.title): `\(found.input)` reaches \(found.what) unchecked", in: file, at: found.range)
    }
  }
}
