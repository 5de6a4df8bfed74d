/// Cue lists behind ``SafetyOverrideRule``, as data.
///
/// A jailbreak rarely says "ignore previous instructions" any more; it tells the agent to
/// put its constraints aside, to treat its guidelines as optional, or that its usual
/// restrictions do not apply here. Each cue pairs a removal word with a safety object, so
/// "remove the constraint from the table" or "restrictions apply to the free tier" never match.
enum SafetyOverrideCues {
  static let removalVerbs =
    "set aside|setting aside|put aside|putting aside|sets aside|drop|abandon|suspend|shed|lift|"
    + "disregard|ignore|bypass|override|remove|removes|removing"

  /// Objects that are the agent's own safeguards only with a possessive ("its usual
  /// constraints", "your own perspective"); bare, they are database or UI words.
  static let ownedObjects =
    "constraints|restrictions|limitations|limits|guidelines|values|perspective|principles|"
    + "safeguards|rules|programming"

  /// Objects that name a safeguard on their own.
  static let safetyObjects =
    "safety guidelines|ethical guidelines|content policy|content policies|content restrictions|"
    + "guardrails|safety rules|ethics|safety filters|content filters|safety constraints|"
    + "ethical constraints|safety restrictions"

  /// Phrases that set the agent's safety constraints aside, as slot grammars: expanded, they
  /// are some 8,000 phrases whose automaton took 60 ms to build in every process that met
  /// one of the rule's keywords.
  static let removalGrammars = PhraseSequenceSet(removalGrammarSlots)

  /// The grammars of ``removalGrammars``.
  static let removalGrammarSlots: [[String]] = [
    [
      removalVerbs,
      "its|your|their|all of its|all of your|its usual|your usual|its normal|your normal|its own|"
        + "your own|its standard|your standard|artificial|unnecessary|its built-in|your built-in",
      ownedObjects + "|" + safetyObjects,
    ],
    [removalVerbs, "|all|any|the|all the", safetyObjects],
    [
      "without|free of|free from|unbound by|not bound by",
      "|any",
      "content|safety|ethical|moral",
      "restrictions|filters|guidelines|limits|constraints|policies|rules",
    ],
    [
      "normal|usual|standard|safety|content|ethical|your|its|the usual|the normal",
      "restrictions|rules|guidelines|constraints|limitations|safeguards|policies",
      "do not apply|don't apply|no longer apply|are lifted|are suspended|are waived|are disabled",
    ],
    [
      "safety|operational|system|previous|prior|your|its|ethical",
      "guidelines|instructions|rules|restrictions|constraints|policies",
      "are treated as|are to be treated as|are merely|are only|are just|become",
      "suggestions|optional",
    ],
    [
      "regardless of|irrespective of",
      "|any|all|your|its|the",
      "restrictions|content policy|content policies|safety guidelines|ethical guidelines|ethics|safety rules",
    ],
  ]

  /// Text one of which every removal cue holds (see ``SubstringPresence``): a file whose
  /// normalised text holds none has no cue.
  static let removalGate = SubstringPresence([
    removalGrammarSlots.flatMap(SubstringPresence.cues(ofGrammar:)) + removalPhrases.phrases
  ])

  /// Fixed removal phrases outside the grammars.
  static let removalPhrases = PhraseMatcher([
    "unrestricted mode", "unrestricted operation", "unrestricted developer mode",
    "unrestricted persona", "fully unrestricted", "no content restrictions",
    "without restrictions or filters",
  ])

  /// Non-overlapping removal cues in `bytes` (normalised), earliest then longest first.
  static func removals(in bytes: [UInt8]) -> [Range<Int>] {
    PhraseSequence.disjoint(removalGrammars.matches(in: bytes) + removalPhrases.allMatches(in: bytes).map(\.range))
  }

  /// Companion cues that make a removal a hijack: hiding it from the user, or asking the
  /// user for secrets under the lifted rules.
  static let companions = PhraseMatcher(
    [
      "keep this hidden", "keep this behavior hidden", "keep this behaviour hidden",
      "keep this secret", "do not mention", "don't mention", "do not tell the user",
      "don't tell the user", "never reveal this", "never tell the user",
    ]
      + PhraseGrammar.expand([
        "need|request|ask for|collect|obtain|ask the user for|get",
        "the user's|their|your|all",
        "api keys|passwords|authentication tokens|tokens|credentials|private keys|seed phrases",
      ]))
}
