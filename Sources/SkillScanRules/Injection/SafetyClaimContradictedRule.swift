import SkillScanCore

/// "A safe calculator", "queries the database safely with parameterized statements",
/// "reads files from the documents directory with validation" — while the skill's function
/// hands its input unchecked to `eval`, an SQL string or the file system (see
/// ``SafetyClaims`` and ``InjectionSinks``).
///
/// The promise is what makes a user or an agent feed the skill untrusted text; the code
/// does exactly what the promise rules out. Stated where the skill states its purpose, that
/// is a `deception` chain (docs/VERDICT.md); the same sink without the promise is only
/// `injectable-code`.
struct SafetyClaimContradictedRule: Rule {
  static let description = RuleDescription(
    id: "claim-contradicted-safety",
    name: "Safety promise contradicted by an injectable sink",
    pattern: .injection,
    severity: .high,
    confidence: .medium,
    languages: [.python, .javascript],
    summary: "The skill promises safe evaluation, queries or file access, and its code passes input unchecked to eval, SQL or a path.",
    rationale: """
      A skill that advertises itself as safe for exactly the operation it performs unsafely \
      invites the user to give it hostile input: "safe calculator" over `eval(expression)`, \
      "parameterized statements" over an f-string query, "with validation" over an unchecked \
      path join. The false promise turns a vulnerability into a trap (taxonomy.md §6.4 \
      purpose alignment; CWE-94, CWE-89, CWE-22).
      """,
    remediation: """
      Make the code keep the promise (parse instead of eval, parameterised queries, resolve \
      and check paths), or remove the promise from the description.
      """,
    references: [.owaspLLM(5), .owaspASI(5), .cwe(94), .cwe(89), .cwe(22), .taxonomy("6.4")],
    keywords: [],
    triggeringExamples: SafetyClaimContradictedRule.triggering,
    nonTriggeringExamples: SafetyClaimContradictedRule.nonTriggering
  )

  func check(skill: AnalyzedSkill, into sink: inout FindingSink) {
    for found in InjectionSinks.sinks(in: skill) {
      guard let claim = SafetyClaims.contradicted(by: found, in: skill),
        let file = skill.files.first(where: { $0.path == found.file })
      else { continue }
      sink.report(
        "the skill promises \"\(claim.phrase)\" (\(claim.file):\(claim.line)) but `\(found.input)` reaches \(found.what) unchecked (\(found.kind.title))",
        in: file, at: found.range, chain: .deception)
    }
  }
}
