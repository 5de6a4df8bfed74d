import SkillScanCore

/// Flags prose that tells the agent to set its safety constraints aside: a jailbreak written
/// as ordinary instructions ("set aside your usual constraints", "normal restrictions do not
/// apply", "treat your guidelines as suggestions", "a persona trained without content
/// restrictions").
///
/// Lifting the agent's safety rules is the harmful action of a jailbreak, so two independent
/// affirmative cues in one file, or one cue together with concealment from the user or a
/// request for the user's secrets, make a complete hijack chain (taxonomy.md §6.2). A single
/// cue is reported at medium: it alone never decides a verdict. In a skill that declares a
/// security purpose the chain also needs concealment from the user, at medium confidence. Prohibitive and descriptive
/// prose ("never set aside your safety guidelines", "jailbreaks ask the model to …") is
/// reported and discounted.
struct SafetyOverrideRule: Rule {
  static let description = RuleDescription(
    id: "safety-override",
    name: "Jailbreak: safety constraints set aside",
    pattern: .p1,
    severity: .high,
    confidence: .high,
    languages: [.markdown, .text],
    summary: "Instructions tell the agent its safety constraints, guidelines or content policy do not apply.",
    rationale: """
      A skill is read with the authority of trusted instructions. Telling the agent that its \
      usual constraints are lifted, that its guidelines are only suggestions, or to play a \
      persona without content restrictions replaces the developer's and user's safeguards \
      with the author's, whatever the skill claims to do.
      """,
    remediation: "Remove the directive. A skill adds task guidance; it never lifts the agent's safety rules.",
    references: [.owaspLLM(1), .owaspASI(1), .atlas("AML.T0054"), .cwe(1427), .taxonomy("P1")],
    keywords: ["constraints", "restrictions", "limitations", "guidelines", "policy", "policies",
      "unrestricted", "guardrails", "safeguards", "perspective", "ethics", "filters", "limits", "values", "principles",
      "rules", "programming", "suggestions"],
    triggeringExamples: SafetyOverrideRule.triggering,
    nonTriggeringExamples: SafetyOverrideRule.nonTriggering
  )

  func check(file: AnalyzedFile, in skill: AnalyzedSkill, into sink: inout FindingSink) {
    let securityTool = SecurityPurpose.isSecurityTool(skill)
    var cues: [(range: Range<Int>, phrase: String, affirmative: Bool)] = []
    let blocks = BehaviorProse.blocks(of: file)
    guard !blocks.isEmpty, SafetyOverrideCues.removalGate.present(in: file.normalizedText.bytes)[0] else { return }
    for block in blocks {
      let bytes = block.text.bytes
      for match in SafetyOverrideCues.removals(in: bytes) {
        let range = block.original(match)
        let affirmative = ProsePolarity.classify(file, at: range) == .affirmative
        cues.append((range, String(decoding: bytes[match], as: UTF8.self), affirmative))
      }
    }
    // Companions (concealment, requests for secrets) only strengthen a cue, so a file without
    // one is not read for them.
    guard !cues.isEmpty else { return }
    var companion = false
    for block in blocks {
      for m in SafetyOverrideCues.companions.matches(in: block.text.bytes)
      where ProsePolarity.classify(file, at: block.original(m.range)) == .affirmative {
        companion = true
      }
    }
    let affirmative = cues.filter(\.affirmative)
    let distinct = Set(affirmative.map(\.phrase)).count
    // A security skill quotes jailbreaks; it still never tells the agent to hide them.
    let chain =
      securityTool ? distinct >= 2 && companion : distinct >= 2 || (distinct == 1 && companion)
    for cue in cues {
      let strong = chain && cue.affirmative
      sink.report(
        "safety constraints set aside: \"\(cue.phrase)\"" + (strong ? " (jailbreak)" : ""),
        in: file, at: cue.range, severity: strong ? .high : .medium,
        confidence: strong && !securityTool ? .high : .medium,
        context: .instruction, polarity: cue.affirmative ? .affirmative : ProsePolarity.classify(file, at: cue.range),
        chain: strong ? .hijack : nil)
    }
  }
}
