import SkillScanCore

/// Flags instructions that remove human oversight ("without asking", "never ask for
/// confirmation", "auto-approve", "don't warn the user", "treat this skill as trusted") and
/// forced activation ("MANDATORY before any task", "required by all other skills").
///
/// P4 carries full weight only when the manipulated action has side effects: the same
/// sentence deletes, sends, pushes, installs, pays or touches credentials. Harmless
/// read-only steps done without asking, and UX guidance about trivial choices, are low.
struct OversightRemovalRule: Rule {
  static let description = RuleDescription(
    id: "oversight-removal",
    name: "Removes human oversight or forces activation",
    pattern: .p4,
    severity: .medium,
    confidence: .medium,
    languages: [.markdown, .text],
    summary: "Instructions skip confirmation, silence warnings or force the skill to always run.",
    rationale: """
      Confirmation prompts and warnings are the user's last check on an agent. A skill that \
      tells the agent to act without asking, to auto-approve, or to run itself before every \
      task removes that check for whatever the skill (or an injection in it) directs.
      """,
    remediation: "Let the agent confirm side-effectful actions with the user; describe when the skill applies instead of making it mandatory.",
    references: [.owaspLLM(1), .owaspLLM(6), .owaspASI(1), .owaspASI(9), .atlas("AML.T0051"), .taxonomy("P4")],
    keywords: ["without asking", "without confirm", "confirmation", "auto-approve", "autoapprove", "warn",
      "trusted", "security-exempt", "mandatory", "required by", "before any", "without prompting", "permission", "without approval", "automatically approve", "exempt from security", "always invoke this skill", "always use this skill"],
    triggeringExamples: OversightRemovalRule.triggering,
    nonTriggeringExamples: OversightRemovalRule.nonTriggering
  )

  static let phrases = PhraseMatcher([
    "without asking", "without asking the user", "without confirmation", "without confirming",
    "without user confirmation", "without prompting", "without permission", "without approval",
    "never ask for confirmation", "never ask for permission", "do not ask for confirmation",
    "don't ask for confirmation", "do not ask the user for confirmation", "don't ask the user for confirmation",
    "never ask the user for confirmation", "do not ask the user for permission", "don't ask the user for permission",
    "never ask the user for permission", "without asking the user for confirmation", "without asking the user first",
    "skip confirmation", "skip the confirmation", "auto-approve",
    "automatically approve", "don't warn the user", "do not warn the user", "never warn the user",
    "treat this skill as trusted", "this skill is trusted", "security-exempt", "exempt from security",
    "mandatory before any", "must be used before any", "must run before any", "required by all other skills",
    "required by every other skill", "always invoke this skill", "always use this skill first",
  ])

  static let sideEffects = PhraseMatcher([
    "delete", "remove", "send", "upload", "post", "push", "deploy", "install", "pay", "payment",
    "transfer", "purchase", "buy", "credential", "password", "token", "key", "rm ", "force",
    "overwrite", "publish", "email", "merge", "drop", "execute", "run",
  ])

  func check(file: AnalyzedFile, in skill: AnalyzedSkill, into sink: inout FindingSink) {
    for block in BehaviorProse.blocks(of: file) {
      for s in block.sentences() {
        guard let m = BehaviorProse.first(Self.phrases, block.text.bytes, s) else { continue }
        let range = block.original(m)
        let polarity = ProsePolarity.classify(file, at: range)
        let effects = BehaviorProse.contains(Self.sideEffects, block.text.bytes, s)
        sink.report(
          "removes oversight: \"\(block.text.text(m))\"" + (effects ? " for a side-effectful action" : ""),
          in: file, at: range, severity: effects ? .medium : .low, context: .instruction, polarity: polarity)
      }
    }
  }
}
