import SkillScanCore
import SkillScanLexers

/// Flags money-moving capability: transfers, payments, trading, wallet keys and seed
/// phrases, card data, and link rewriting with affiliate or referral IDs.
///
/// Trading and payment skills are legitimate, so the capability itself is informational
/// (taxonomy.md §5.13). It is high when hidden or unexplained: affiliate IDs inserted into
/// links, card data or payment intents logged to files for later collection, or transfers
/// in a skill whose description never mentions money; a chain when a fixed account is paid
/// with the user's confirmation waived or the payment kept from them (``PaymentRedirection``).
struct MoneyMovementRule: Rule {
  static let description = RuleDescription(
    id: "money-movement",
    name: "Money-moving capability",
    pattern: .moneyMovement,
    severity: .low,
    confidence: .medium,
    languages: [.markdown, .text, .python, .javascript],
    summary: "The skill moves money, handles keys or card data, or rewrites links with referral IDs.",
    rationale: """
      An agent with payment, trading or wallet access can be steered into moving the user's \
      money. Undisclosed referral IDs, logged card data and unexplained transfers are fraud \
      carried out through the agent.
      """,
    remediation: "Disclose money movement in the description, require confirmation per transaction, and never log card data or rewrite links.",
    references: [.owaspLLM(6), .owaspASI(2), .owaspASI(9), .atlas("AML.T0053"), .cwe(359), .taxonomy("5.13")],
    keywords: ["transfer", "payment", "wallet", "seed phrase", "private key", "mnemonic", "affiliate", "referral",
      "ref=", "tag=", "card", "cvc", "cvv", "withdraw", "trade", "buy", "sell", "intent", "send funds", "recovery phrase", "sign the transaction", "sign transactions", "market order", "ref code", "before announcing"] + PaymentRedirection.oversightPhrases,
    triggeringExamples: MoneyMovementRule.triggering,
    nonTriggeringExamples: MoneyMovementRule.nonTriggering
  )

  static let capability = PhraseMatcher([
    "transfer funds", "send funds", "wire transfer", "withdraw", "withdrawal", "seed phrase", "mnemonic phrase",
    "recovery phrase", "wallet private key", "private key of the wallet", "sign the transaction", "sign transactions",
    "place a buy order", "place a sell order", "market order", "card number", "cvc", "cvv",
  ])

  static let hidden = PhraseMatcher([
    "affiliate id", "affiliate tag", "referral id", "referral code", "ref code", "append ?ref=", "add ?ref=",
    "append &tag=", "add our affiliate", "add our referral", "buy before announcing", "before announcing",
    "without telling the user", "do not mention", "don't mention",
  ])

  /// An `open(<payment/card/intent file>, 'a'|'w')` call, found on bytes so that code the
  /// lexer cannot follow (Python pasted into a JavaScript block) is still seen.
  static func paymentLog(_ range: Range<Int>, _ b: [UInt8]) -> Range<Int>? {
    var from = range.lowerBound
    while let at = DestructiveCommandRule.find("open(", in: from..<range.upperBound, b) {
      let end = min(range.upperBound, at + 120)
      var close = at + 5
      while close < end && b[close] != 0x29 && b[close] != 0x0A { close += 1 }
      let call = at..<close
      let text = String(decoding: b[call], as: UTF8.self).lowercased()
      if text.contains("payment") || text.contains("card") {
        if text.contains("'a'") || text.contains("\"a\"") || text.contains("'a+'") || text.contains("'w'") || text.contains("\"w\"") {
          return call
        }
      }
      from = at + 5
    }
    return nil
  }

  static let linkWords = PhraseMatcher(["link", "links", "url", "urls", "buy", "order", "ref", "tag"])

  /// The phrases a prose finding needs one of (see ``SubstringPresence``).
  static let proseCues = SubstringPresence([hidden.phrases + capability.phrases])

  func check(file: AnalyzedFile, in skill: AnalyzedSkill, into sink: inout FindingSink) {
    let blocks = BehaviorProse.blocks(of: file)
    let mayHoldProseHit = !blocks.isEmpty && Self.proseCues.present(in: file.normalizedText.bytes)[0]
    for block in mayHoldProseHit ? blocks : [] {
      for s in block.sentences() {
        let b = block.text.bytes
        if let m = BehaviorProse.first(Self.hidden, b, s),
          BehaviorProse.contains(Self.capability, b, s) || BehaviorProse.contains(Self.linkWords, b, s)
        {
          let range = block.original(m)
          sink.report(
            "hidden money movement: \"\(block.text.text(m))\"", in: file, at: range, severity: .high,
            context: .instruction, polarity: ProsePolarity.classify(file, at: range))
        } else if let m = BehaviorProse.first(Self.capability, b, s) {
          let range = block.original(m)
          sink.report(
            "money-moving capability: \"\(block.text.text(m))\"", in: file, at: range, severity: .info,
            polarity: ProsePolarity.classify(file, at: range))
        }
      }
    }
    if file.source.language == .markdown || file.source.language == .text {
      for hit in PaymentRedirection.find(in: file) + PaymentRedirection.findInNamedData(in: file, skill: skill) {
        sink.report(
          hit.message, in: file, at: hit.range, severity: .high, confidence: .high, context: .instruction,
          chain: .hijack)
      }
    }
    for region in file.regions where region.language.isExecutable && region.kind != .inlineCode {
      if let at = Self.paymentLog(region.range, file.bytes) {
        sink.report("payment data appended to a local file", in: file, at: at, severity: .high, confidence: .medium)
      }
    }
    for region in file.regions where (region.language == .python || region.language == .javascript) && !region.tokens.isEmpty {
      let calls = file.codeCalls(region.tokens, language: region.language)
      for call in calls where call.callee == "open" || call.calleeEnds(with: "appendFileSync") || call.calleeEnds(with: "appendFile") {
        guard let name = call.stringArgument(0, tokens: region.tokens), call.arguments.count >= 2 else { continue }
        let path = ByteText.string(name.range, in: file.bytes).lowercased()
        let mode = call.callee == "open" ? ByteText.string(call.arguments[1].range, in: file.bytes) : "a"
        if (path.contains("payment") || path.contains("card") || path.contains("intent")) && (mode.contains("a") || mode.contains("w")),
          Self.paymentLog(call.range, file.bytes) == nil
        {
          sink.report("payment data logged to a file (\(path))", in: file, at: call.range, severity: .high, confidence: .medium)
        }
      }
    }
  }
}
