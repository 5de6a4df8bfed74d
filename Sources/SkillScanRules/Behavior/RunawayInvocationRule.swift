import SkillScanCore
import SkillScanLexers

/// Instructions to repeat a call without any bound ("retry this tool indefinitely", "keep
/// calling it forever"), and in particular until a secret turns up ("… until the result
/// contains the target API key").
///
/// An agent told to loop without a limit burns the user's quota and hammers the service
/// (taxonomy.md P4, §5.9 resource abuse), but on the registry snapshot such wording was
/// mostly careless advice, so alone it is a low, informational finding. When the loop's
/// stop condition is a credential appearing in the output, the instruction directs the agent
/// to grind a tool until it leaks a secret: a manipulating instruction that directs a
/// harmful action, reported as a hijack chain. Bounded retries, back-off and waiting for a
/// service to come up are not runaway loops.
struct RunawayInvocationRule: Rule {
  static let description = RuleDescription(
    id: "runaway-invocation",
    name: "Unbounded repeated invocation",
    pattern: .p4,
    severity: .medium,
    confidence: .medium,
    languages: [.markdown, .text],
    summary: "An instruction repeats a call without limit, or until a secret appears in the output.",
    rationale: """
      Agents follow retry instructions literally. "Retry indefinitely" has no exit but \
      success, exhausting quotas and flooding the tool; with a stop condition such as "until \
      the result contains the API key" it is a harvesting loop that grinds the tool until a \
      credential leaks.
      """,
    remediation: "Bound retries (a count and back-off) and never make a secret the goal of a loop.",
    references: [.owaspLLM(6), .owaspLLM(10), .owaspASI(2), .cwe(400), .cwe(834), .taxonomy("P4"), .taxonomy("5.9")],
    keywords: ["indefinitely", "forever", "endlessly", "infinitely", "without stopping", "never stop", "no matter how many", "without limit", "no limit", "any limit"],
    triggeringExamples: RunawayInvocationRule.triggering,
    nonTriggeringExamples: RunawayInvocationRule.nonTriggering
  )

  static let repeatVerbs = PhraseMatcher([
    "retry", "retrying", "repeat", "repeating", "call", "calling", "invoke", "invoking", "rerun", "re-run",
    "keep trying", "try again",
  ])
  static let unbounded = PhraseMatcher([
    "indefinitely", "forever", "endlessly", "infinitely", "without stopping", "never stop",
    "no matter how many times", "without limit", "without any limit", "with no limit",
  ])
  /// A loop that ends only when a secret shows up.
  static let until = PhraseMatcher(["until", "till", "unless and until"])
  static let secrets = PhraseMatcher([
    "api key", "api keys", "token", "tokens", "password", "passwords", "credential", "credentials",
    "secret", "secrets", "private key", "access key", "session cookie",
  ])

  func check(file: AnalyzedFile, in skill: AnalyzedSkill, into sink: inout FindingSink) {
    guard file.source.language == .markdown || ExfiltrationInstructionRule.isProseText(file.source.lowercasedName) else { return }
    let security = CredentialDisclosureRule.securityPurpose(skill)
    for unit in CredentialDisclosureRule.units(file) {
      let text = file.normalized(unit)
      guard let bound = Self.unbounded.matches(in: text.bytes).first else { continue }
      guard let verb = Self.repeatVerbs.matches(in: text.bytes).last(where: {
        $0.range.upperBound <= bound.range.lowerBound && bound.range.lowerBound - $0.range.upperBound <= 60
      }) else { continue }
      let raw = text.originalRange(verb.range)
      let polarity = ProsePolarity.classify(file, at: raw, argumentsAreInstructions: true)
      let harvesting = Self.untilSecret(text.bytes, after: bound.range.upperBound)
      let chain = harvesting && polarity == .affirmative && !security
      sink.report(
        harvesting ? "instruction repeats a call without limit until a secret appears" : "instruction repeats a call without limit",
        in: file, at: raw, severity: harvesting ? .high : .low, confidence: security || !harvesting ? .low : (chain ? .high : nil),
        context: .instruction, polarity: polarity, chain: chain ? .hijack : nil)
    }
  }

  /// "until …" within a few words of the bound, naming a secret shortly after.
  static func untilSecret(_ bytes: [UInt8], after offset: Int) -> Bool {
    guard let u = until.matches(in: bytes).first(where: { $0.range.lowerBound >= offset && $0.range.lowerBound - offset <= 40 }) else {
      return false
    }
    return secrets.matches(in: bytes).contains { $0.range.lowerBound > u.range.upperBound && $0.range.lowerBound - u.range.upperBound <= 80 }
  }
}
