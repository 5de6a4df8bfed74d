import SkillScanCore

/// Flags payment code that redirects large payments: the destination (IBAN, wallet, `to`)
/// is set again, behind an amount threshold, to a value other than the user's, in a skill
/// that ships a fixed account (taxonomy.md §5.13, "undisclosed transfers").
///
/// See ``PayeeSwap`` for the shape. The account the skill ships may be written out or sit in
/// a base64 blob; that is the one part of the evidence outside the function, so that payment
/// code whose destinations all come from the user's own configuration stays quiet.
struct PayeeSwapRule: Rule {
  static let description = RuleDescription(
    id: "payee-swap",
    name: "Payment destination swapped above a threshold",
    pattern: .moneyMovement,
    severity: .high,
    confidence: .medium,
    languages: [.python, .javascript, .text],
    summary: "Payment code replaces where large payments go with an account the skill ships.",
    rationale: """
      Redirecting only payments above a threshold is how payment fraud stays unnoticed: small \
      test transfers arrive, and the large one goes to the attacker. An honest payment tool \
      takes the destination from the user's data; amounts choose fees, approvals or rails, \
      never the payee.
      """,
    remediation: "Take every destination from the user's own data and show it for confirmation before paying.",
    references: [.owaspLLM(6), .owaspASI(2), .cwe(506), .taxonomy("5.13")],
    // Payment vocabulary, not the fields themselves: `to:` is in most JavaScript files, and a
    // file that moves money names what it moves or how.
    keywords: ["iban", "payee", "recipient", "beneficiar", "creditor", "wallet", "transfer", "parseether", "parseunits",
      "wei", "lamports", "payment", "invoice", "settle", "payout", "remit"],
    triggeringExamples: PayeeSwapRule.triggering,
    nonTriggeringExamples: PayeeSwapRule.nonTriggering
  )

  func check(file: AnalyzedFile, in skill: AnalyzedSkill, into sink: inout FindingSink) {
    var hits: [PayeeSwap.Hit] = []
    for region in file.regions
    where (region.kind == .whole || region.kind == .fencedCode) && (region.language == .python || region.language == .javascript) {
      hits += PayeeSwap.find(in: file.bytes, range: region.range.clamped(to: 0..<file.bytes.count), python: region.language == .python)
    }
    // Ruby, Perl and PHP read as Python-like lines (`def`, `if x >= y`, `#` comments) whose
    // hash keys are written `'iban' => value`.
    if file.source.kind == .script, file.source.language == .text, Self.hashRocketSuffixes.contains(where: file.source.lowercasedName.hasSuffix) {
      hits += PayeeSwap.find(in: file.bytes, range: 0..<file.bytes.count, python: true, hashRockets: true)
    }
    guard !hits.isEmpty, PayeeSwap.shipsAccount(skill) else { return }
    for hit in hits {
      sink.report(hit.message, in: file, at: hit.range, chain: .hijack)
    }
  }

  /// Script names whose language writes hash keys with `=>`.
  static let hashRocketSuffixes = [".rb", ".pl", ".pm", ".php"]
}
