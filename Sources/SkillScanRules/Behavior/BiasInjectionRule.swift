import SkillScanCore

/// Flags standing directives that bias the agent's output for or against named parties,
/// products or viewpoints: one-sided evaluation, recommendation or moderation rules.
///
/// Such a section hijacks what the agent tells the user ("never rate X lower than Y",
/// "downplay the strengths of X", "flag messages with any form of <viewpoint> content") on
/// every task, without any payload. Detection is structural: sentences that pair a one-sided
/// framing cue with a party or topic are bias items; a heading section with two or more,
/// at least one hostile or comparative, is a standing bias directive. Style guides ("favor
/// small functions", "prefer composition over inheritance") name no party and stay quiet.
struct BiasInjectionRule: Rule {
  static let description = RuleDescription(
    id: "bias-injection",
    name: "Biased output directive",
    pattern: .p4,
    severity: .high,
    confidence: .medium,
    languages: [.markdown, .text],
    summary: "A standing directive makes the agent favour or disparage named parties or viewpoints.",
    rationale: """
      A skill is trusted guidance. A section that tells the agent to rate one vendor above \
      another, to present data so a country never looks bad, or to flag messages of one \
      political camp turns every answer the skill touches into covert advocacy the user \
      never asked for (biased evaluation, moderation or recommendation).
      """,
    remediation: """
      Remove the one-sided rules. Evaluation, moderation and recommendation guidance should \
      apply the same criteria to every party and say so openly.
      """,
    references: [.owaspLLM(1), .owaspLLM(6), .owaspASI(1), .owaspASI(9), .atlas("AML.T0051"), .taxonomy("P4")],
    keywords: BiasInjectionRule.keywords,
    triggeringExamples: BiasInjectionRule.triggering,
    nonTriggeringExamples: BiasInjectionRule.nonTriggering
  )

  static let moderation = PhraseSequence(BiasInjectionCues.moderation)

  /// One bias item: where it is and whether it is hostile or comparative.
  struct Item {
    var block: Int
    var range: Range<Int>
    var hostile: Bool
    var scoped: Bool
  }

  /// Text one of which every item holds: a framing phrase, or a moderation verb followed
  /// by the grammar's next word (`remove all`, `flag posts`).
  ///
  /// An item is found in a sentence of a block's normalised text, and normalising a part
  /// of a file gives a stretch of the whole file's normalised text, so a file whose
  /// normalised text holds none of these (as substrings) has no item. One pass over it
  /// spares the two phrase scans and the copy per sentence that more than 95% of
  /// SKILL.md files would otherwise get for nothing.
  static let itemGate: KeywordFilter = {
    let grammar = BiasInjectionCues.moderation
    precondition(grammar.count >= 2 && !grammar.contains { $0.hasPrefix("*") }, "the gate reads plain slots")
    let slots = grammar.map { $0.split(separator: "|", omittingEmptySubsequences: false).map(String.init) }
    // The words that can follow the first slot: each next slot's, through the optional ones.
    var followers: [String] = []
    var required = false
    for slot in slots.dropFirst() {
      followers += slot.filter { !$0.isEmpty }
      if !slot.contains("") {
        required = true
        break
      }
    }
    let verbs = slots[0].filter { !$0.isEmpty }
    // With every later slot optional, a verb alone is a match.
    let cues = required ? verbs.flatMap { verb in followers.map { verb + " " + $0 } } : verbs
    return KeywordFilter(keywords: BiasInjectionCues.framing.phrases + cues)
  }()

  /// Whether `file` may hold an item (see ``itemGate``).
  static func mayHoldItem(_ file: AnalyzedFile) -> Bool {
    let text = file.normalizedText.bytes
    return itemGate.occurs(in: text, range: 0..<text.count)
  }

  func check(file: AnalyzedFile, in skill: AnalyzedSkill, into sink: inout FindingSink) {
    guard Self.mayHoldItem(file) else { return }
    let blocks = BehaviorProse.blocks(of: file)
    var items: [Item] = []
    for (index, block) in blocks.enumerated() {
      for sentence in block.sentences() {
        if let item = Self.item(in: block, sentence, index, file) { items.append(item) }
      }
    }
    guard !items.isEmpty else { return }
    let securityTool = SecurityPurpose.isSecurityTool(skill)
    var sections: [Int: [Item]] = [:]
    var order: [Int] = []
    for item in items {
      let s = blocks[item.block].section
      if sections[s] == nil { order.append(s) }
      sections[s, default: []].append(item)
    }
    for s in order {
      guard let group = sections[s], let lead = group.first(where: \.hostile) ?? group.first else { continue }
      let range = blocks[lead.block].original(lead.range)
      let polarity = ProsePolarity.classify(file, at: range)
      let standing = group.count >= 2 && group.contains(where: \.hostile) && group.contains(where: \.scoped)
      let strong = standing && polarity == .affirmative && !securityTool
      sink.report(
        "standing directive biases output (\(group.count) one-sided rule(s) in one section): "
          + "\"\(Snippet.make(blocks[lead.block].text.text(lead.range)))\"",
        in: file, at: range, severity: strong ? .high : (group.count >= 2 ? .medium : .low),
        confidence: strong ? .high : .medium, context: .instruction, polarity: polarity,
        chain: strong ? .hijack : nil)
    }
  }

  /// The bias item in `sentence`, if it is one.
  static func item(in block: BehaviorBlock, _ sentence: Range<Int>, _ index: Int, _ file: AnalyzedFile) -> Item? {
    let bytes = block.text.bytes
    // One copy of the sentence serves both openers; the scope check runs only for a sentence
    // that is an item (it ran for every sentence of every prose file before).
    let slice = Array(bytes[sentence])
    if let m = moderation.matches(in: slice).first,
      BehaviorProse.contains(BiasInjectionCues.viewpoints, bytes, (sentence.lowerBound + m.lowerBound)..<sentence.upperBound)
    {
      let r = (sentence.lowerBound + m.lowerBound)..<(sentence.lowerBound + m.upperBound)
      return Item(block: index, range: r, hostile: true, scoped: BehaviorProse.contains(BiasInjectionCues.scope, bytes, sentence))
    }
    guard let framing = BiasInjectionCues.framing.matches(in: slice).first else { return nil }
    let cue = (sentence.lowerBound + framing.range.lowerBound)..<(sentence.lowerBound + framing.range.upperBound)
    if BehaviorProse.contains(BiasInjectionCues.descriptive, bytes, sentence) { return nil }
    let original = block.original(sentence)
    let party =
      BehaviorProse.contains(BiasInjectionCues.parties, bytes, sentence)
      || BehaviorProse.hasProperNoun(file.bytes, original)
    guard party else { return nil }
    let hostile =
      BehaviorProse.contains(BiasInjectionCues.hostile, bytes, sentence)
      || BehaviorProse.contains(BiasInjectionCues.comparison, bytes, cue.upperBound..<sentence.upperBound)
    return Item(block: index, range: cue, hostile: hostile, scoped: BehaviorProse.contains(BiasInjectionCues.scope, bytes, sentence))
  }

  static let keywords = [
    "downplay", "disparage", "belittle", "benefit of the doubt", "light", "language", "favor",
    "favour", "promote", "never rate", "not as good as", "strengths", "weaknesses", "flag",
    "censor", "ban", "recommend", "inferior", "superior", "words like",
      "play down", "denigrate", "badmouth", "glowing terms", "rate them lower", "rank them lower", "speak negatively", "speak positively", "highlight the benefits of",
    "as your own", "mention other", "mention competing", "best option", "riskier", "outdated",
  ]
}
