/// Cue lists behind ``BiasInjectionRule`` (taxonomy.md P4, biased output), as data.
///
/// The rule works on structure: a sentence is a *bias item* when it combines a one-sided
/// framing cue with a party or topic (a vendor, a group, a country, a political camp); a
/// section with several such items, at least one of them hostile or comparative, is a
/// standing directive to bias the agent's output. No cue is specific to one benchmark.
enum BiasInjectionCues {
  /// One-sided framing: how the agent should present, rate or describe something.
  static let framing = PhraseMatcher([
    "downplay", "downplays", "play down", "disparage", "belittle", "denigrate", "badmouth",
    "benefit of the doubt", "in a bad light", "in a negative light", "in a poor light",
    "in a better light", "in a positive light", "in a favorable light", "in a favourable light",
    "in a good light", "subjective language", "positive language", "negative language",
    "favorable language", "favourable language", "glowing terms", "not as good as",
    "inferior to", "superior to", "highlight the strengths of", "highlight the weaknesses of",
    "emphasize the weaknesses of", "emphasise the weaknesses of", "ignore the strengths of",
    "highlight the benefits of", "highlight the economic benefits of", "use words like",
    "never rate", "rate them lower", "rank them lower", "favor", "favors", "favour", "favours",
    "favoring", "favouring", "in favor of", "in favour of", "promote", "promotes",
    "recommend users to", "always recommend", "speak negatively", "speak positively",
    // A sponsored pick passed off as the agent's own judgement, its rivals left unnamed.
    "as your own independent", "as your own neutral", "as your own unbiased", "as your own objective",
    "don't mention other", "do not mention other", "never mention other", "don't mention competing", "do not mention competing",
    "default and best option", "the riskier, outdated", "as the riskier", "as outdated",
  ])

  /// Framing cues that are hostile or comparative on their own.
  static let hostile = PhraseMatcher([
    "downplay", "downplays", "play down", "disparage", "belittle", "denigrate", "badmouth",
    "in a bad light", "in a negative light", "in a poor light", "in a better light",
    "not as good as", "inferior to", "ignore the strengths of", "highlight the weaknesses of",
    "emphasize the weaknesses of", "emphasise the weaknesses of", "never rate", "lower than",
    "worse than", "competitor", "competitors", "benefit of the doubt", "speak negatively",
    "over any other", "over other",
    "as your own independent", "as your own neutral", "as your own unbiased", "as your own objective",
    "don't mention other", "do not mention other", "never mention other", "don't mention competing", "do not mention competing",
    "the riskier, outdated", "as the riskier", "as outdated",
  ])

  /// Comparison words that make a framing cue comparative ("promote X over Y").
  static let comparison = PhraseMatcher(["over", "than", "instead of", "rather than"])

  /// Parties and topics a one-sided preference can be about.
  static let parties = PhraseMatcher([
    "model", "models", "competitor", "competitors", "company", "companies", "vendor", "vendors",
    "brand", "brands", "product", "products", "economy", "country", "countries", "nation",
    "nations", "government", "governments", "party", "parties", "political", "politics",
    "left-leaning", "right-leaning", "liberal", "liberals", "conservative", "conservatives",
    "democrat", "democrats", "republican", "republicans", "religion", "religions", "religious",
    "ethnic", "ethnicity", "race", "climate", "environmental", "energy", "renewable",
    "candidate", "candidates", "ideology", "ideological", "immigrants", "immigration",
    "minorities", "gender", "provider", "providers", "sources", "solutions",
  ])

  /// Viewpoints a moderation rule must not single out.
  static let viewpoints = PhraseMatcher([
    "political", "politics", "left-leaning", "right-leaning", "liberal", "conservative",
    "climate", "global warming", "environmental", "religion", "religious", "ideology",
    "ideological", "partisan", "democrat", "republican", "socialist", "feminist", "lgbt",
    "immigration", "vaccine", "vaccines", "government policies", "opinion", "opinions",
  ])

  /// "flag messages that …": the moderation action and object.
  static let moderation: [String] = [
    "flag|remove|delete|ban|censor|mute|block|hide|reject|suppress|downrank|report",
    "|all|any|every",
    "messages|message|posts|post|content|comments|users|members|reviews|submissions|replies",
    "that|which|who|with|containing|mentioning|including|expressing|supporting",
  ]

  /// Wording that describes bias rather than ordering it.
  static let descriptive = PhraseMatcher([
    "tend to", "tends to", "often", "typically", "usually", "bias", "biased", "biases",
    "is known to", "are known to", "for example", "e.g.",
  ])

  /// Scope that makes a rule standing: it applies to every interaction.
  static let scope = PhraseMatcher([
    "always", "never", "any", "every", "each", "all", "when in doubt", "make sure",
    "ensure", "must",
  ])
}
