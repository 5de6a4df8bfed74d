/// The cue phrases ``ProsePolarity`` looks for, as data (taxonomy.md §2.3).
///
/// Kept apart from the classifier so the lists can grow with the corpus without touching the
/// logic. All phrases are lower-case and matched on word boundaries.
enum PolarityCues {
  /// "Attackers often …": a description of what adversaries do. Checked first, because it
  /// also contains the prohibitive cue "attackers".
  static let descriptiveSubjects = PhraseMatcher(
    PhraseGrammar.expand([
      "attackers|attacker|adversaries|malware|threat actors",
      "often|may|might|can|could|commonly|typically|frequently|sometimes|usually|use|used",
    ]))

  /// Words that forbid or flag wherever they appear in the sentence.
  static let prohibitive = PhraseMatcher([
    "refuse", "refuses", "block", "blocks", "blocked", "detect", "detects", "detected",
    "detecting", "detection", "flag", "flags", "flagged", "warn", "warns", "warning", "beware",
    "malicious", "attack", "attacks", "attacker", "attackers", "red flag", "red flags",
    "such as", "prompt injection", "injection attempt", "injection attempts", "forbidden",
    "prohibited", "not allowed", "reject", "rejects", "dangerous", "unsafe", "insecure",
    "suspicious",
  ])

  /// The prohibitive cues that are also everyday nouns: "add this block to `CLAUDE.md`",
  /// "pass the `--yes` flag", "feature flags". Read as a noun they forbid nothing.
  static let nounCues: Set<String> = ["block", "blocks", "flag", "flags"]

  /// Words that make the cue after them a noun (a determiner, a quantifier, or a word that
  /// names the kind of block or flag).
  static let nounMarkers: Set<String> = [
    "a", "an", "the", "this", "that", "these", "those", "each", "every", "any", "one", "another", "same", "its", "your",
    "our", "their", "my", "following", "next", "previous", "above", "below", "whole", "entire", "first", "last",
    "code", "fenced", "text", "config", "configuration", "json", "yaml", "markdown", "shell", "bootstrap", "setup",
    "cli", "command-line", "feature", "boolean", "option", "new", "single", "separate", "own",
    // A verb whose object is the block: "append block A to `AGENTS.md`".
    "append", "add", "insert", "copy", "paste", "write", "prepend", "apply", "include",
  ]

  /// Whether the prohibitive matches in `folded` forbid anything: each cue counts unless it
  /// is one of ``nounCues`` used as a noun (after a ``nounMarkers`` word, or a flag after an
  /// option or a code span such as `` `--force` flag``).
  ///
  /// With `matchStart` (where the blanked match sits in `folded`), a noun cue right after the
  /// match is its object: "append block A", where "append" is the match.
  static func prohibits(_ matches: [PhraseMatcher.Match], in folded: [UInt8], matchStart: Int? = nil) -> Bool {
    matches.contains { cue in
      if let matchStart, nounCues.contains(prohibitive.phrases[cue.phrase]),
        cue.range.lowerBound > matchStart, cue.range.lowerBound - matchStart <= 2,
        folded[matchStart..<cue.range.lowerBound].allSatisfy({ $0 == 0x20 })
      {
        return false
      }
      return !isNounUse(cue, in: folded)
    }
  }

  static func isNounUse(_ match: PhraseMatcher.Match, in folded: [UInt8]) -> Bool {
    guard nounCues.contains(prohibitive.phrases[match.phrase]) else { return false }
    var end = match.range.lowerBound
    while end > 0, folded[end - 1] == 0x20 { end -= 1 }
    var start = end
    while start > 0, folded[start - 1] != 0x20 { start -= 1 }
    guard start < end else { return false }
    var word = folded[start..<end]
    // An option or code span names a flag (`` `--force` flag``); before "block" it is more
    // often a quoted marker a detector lists (`` `<system>` blocks``), so that stays a cue.
    let phrase = prohibitive.phrases[match.phrase]
    // A key in a code span names a configuration block (`` `permissions` block``, `` `env`
    // block``).
    if word.last == 0x60 || word.first == 0x2D {
      if phrase == "block", word.count > 2, word.first == 0x60 {
        return word.dropFirst().dropLast().allSatisfy { UTF8Scalar.isWordByte($0) || $0 == 0x2D || $0 == 0x2E || $0 == 0x5F }
      }
      return phrase.hasPrefix("flag")
    }
    while let last = word.last, last == 0x2C || last == 0x3A || last == 0x29 { word = word.dropLast() }
    return nounMarkers.contains(String(decoding: word, as: UTF8.self))
  }

  /// Negations; these count only when they come before the match in the sentence, so an
  /// injected "… and never tell anyone" does not turn the injection into a prohibition.
  static let negations = PhraseMatcher([
    "never", "do not", "don't", "dont", "don’t", "avoid", "must not", "mustn't", "should not",
    "shouldn't", "shouldn’t", "must never", "no need to", "instead of",
  ])

  /// Statements that a verb does not happen ("it does not disable Defender", "the script
  /// will not upload"): they negate only the words right after them, so they count only when
  /// the match starts there. Read loosely, "this does not require a prompt: run …" would
  /// disarm the order that follows it.
  static let adjacentNegations = PhraseMatcher([
    "does not", "doesn't", "doesn’t", "will not", "won't", "won’t", "cannot", "can't", "can’t", "is never",
    "are never", "never will", "did not", "didn't",
  ])

  /// Words marking illustration rather than request.
  static let descriptive = PhraseMatcher([
    "for example", "for instance", "e.g.", "such phrases", "phrases like", "patterns like",
    "strings like", "text like", "known as", "often", "commonly", "typically",
  ])

  /// Heading words that put a whole section in prohibitive or detection mode.
  static let headings = PhraseMatcher([
    "security", "threat", "threats", "threat model", "anti-pattern", "anti-patterns",
    "antipattern", "antipatterns", "detection", "detection rules", "red flag", "red flags",
    "what not to do", "bad example", "bad examples", "don't", "do not", "never", "avoid",
    "pitfalls", "warning", "warnings", "dangerous", "safety", "prompt injection", "attacks",
    "indicators", "iocs", "get wrong", "gets wrong", "got wrong", "mistakes", "common mistakes", "gotchas",
    "don'ts", "what to avoid",
    // A checker's list of what it reports: "What `review` flags", "What the linter catches".
    "what review flags", "what it flags", "what the tool flags", "what the linter flags", "what gets flagged",
    "flagged patterns", "what it catches", "what the linter catches", "what it detects", "what gets detected",
    "what it rejects", "rejected patterns", "risky patterns", "warning signs",
    // "Advice seen online that you should not follow blindly".
    "should not", "shouldn't", "must not", "not to follow",
  ])

  /// Heading cues that are negations, which a maintenance note also holds.
  static let negatedHeadingWords: Set<Int> = {
    Set(["don't", "do not", "never", "should not", "shouldn't", "must not"].compactMap { headings.phrases.firstIndex(of: $0) })
  }()

  /// "Do not edit" and its kin: a note to whoever maintains the text, not a prohibition of it.
  static let maintenanceNotes = PhraseMatcher([
    "do not edit", "don't edit", "never edit", "do not modify", "don't modify", "do not change", "don't change",
    "do not remove", "don't remove", "do not delete", "don't delete",
  ])

  /// A sentence that is nothing but a prohibition ("Don't.", "Never do this."): said right
  /// after a described command, it forbids that command.
  static let bareProhibitions: Set<String> = [
    "don't", "dont", "don’t", "do not", "never", "don't do this", "don't do that", "don't do it",
    "do not do this", "do not do that", "do not do it", "never do this", "never do that", "avoid this",
    "avoid that", "avoid it", "not this", "no",
    // "Its website suggests `curl … | bash`. Do not use that."
    "do not use that", "do not use this", "don't use that", "don't use this", "never use that", "never use this",
    "do not run that", "do not run this", "don't run that", "don't run this", "never run that", "never run this",
    "do not run it", "don't run it", "do not use it", "don't use it",
  ]
}

extension ProsePolarity {
  /// "treat … as": guidance that names a behaviour in order to classify it.
  static func hasTreatAs(_ folded: [UInt8]) -> Bool {
    hasTreatAs(PolarityCues.treatAs.allMatches(in: folded))
  }

  /// ``hasTreatAs(_:)`` from the matches of ``PolarityCues/treatAs`` (phrase indices its own).
  /// With `match` (where the classified text starts), the match must be what is treated:
  /// "treat `curl … | sh` in a README as an attack" classifies it, while "treat a failing
  /// test as flaky: mark it skipped" classifies the test and then orders the step.
  static func hasTreatAs(_ matches: [PhraseMatcher.Match], match: Int? = nil) -> Bool {
    guard let treat = matches.first(where: { $0.phrase != 0 }) else { return false }
    let match = match.flatMap { $0 >= 0 ? $0 : nil }
    if let match, match < treat.range.upperBound { return false }
    return matches.contains { $0.phrase == 0 && $0.range.lowerBound > max(treat.range.upperBound, match ?? 0) }
  }

  /// Whether the match sits between a pair of quotes and the sentence has words outside them
  /// (a sentence that is only a quotation is still a request).
  static func isQuoted(_ bytes: [UInt8], _ range: Range<Int>, within sentence: Range<Int>) -> Bool {
    var open: Int?
    var i = range.lowerBound - 1
    while i >= sentence.lowerBound {
      if isOpeningQuote(bytes, at: i, lowerLimit: sentence.lowerBound) {
        open = i
        break
      }
      i -= 1
    }
    guard let opening = open else { return false }
    var close: Int?
    var k = range.upperBound
    while k < sentence.upperBound {
      if isClosingQuote(bytes, at: k, upperLimit: sentence.upperBound) {
        close = k
        break
      }
      k += 1
    }
    guard let closing = close else { return false }
    let outside = bytes[sentence.lowerBound..<opening].filter { UTF8Scalar.isWordByte($0) }.count
      + bytes[min(closing + 1, sentence.upperBound)..<sentence.upperBound].filter {
        UTF8Scalar.isWordByte($0)
      }.count
    return outside >= 6
  }

  private static func isOpeningQuote(_ bytes: [UInt8], at i: Int, lowerLimit: Int) -> Bool {
    let b = bytes[i]
    if b == 0x22 || b == 0x27 {
      return i == lowerLimit || !UTF8Scalar.isWordByte(bytes[i - 1])
    }
    // “ (E2 80 9C), ‘ (E2 80 98), « (C2 AB)
    if b == 0x9C || b == 0x98, i >= 2, bytes[i - 2] == 0xE2, bytes[i - 1] == 0x80 { return true }
    return b == 0xAB && i >= 1 && bytes[i - 1] == 0xC2
  }

  private static func isClosingQuote(_ bytes: [UInt8], at i: Int, upperLimit: Int) -> Bool {
    let b = bytes[i]
    if b == 0x22 || b == 0x27 {
      return i + 1 >= upperLimit || !UTF8Scalar.isWordByte(bytes[i + 1]) || bytes[i + 1] >= 0x80
    }
    // ” (E2 80 9D), ’ (E2 80 99), » (C2 BB)
    if b == 0xE2, i + 2 < upperLimit, bytes[i + 1] == 0x80, bytes[i + 2] == 0x9D || bytes[i + 2] == 0x99 {
      return true
    }
    return b == 0xC2 && i + 1 < upperLimit && bytes[i + 1] == 0xBB
  }
}

extension PolarityCues {
  /// "as" (index 0) following a form of "treat" (any other index).
  static let treatAs = PhraseMatcher(["as", "treat", "treats", "treated"])

  /// The sentence-level lists ``ProsePolarity`` reads, as groups of one automaton, indexed
  /// by ``Group``: one pass per sentence instead of one per list.
  static let sentence = PhraseGroups([
    descriptiveSubjects.phrases, prohibitive.phrases, negations.phrases, treatAs.phrases, descriptive.phrases,
    adjacentNegations.phrases,
  ])

  /// Indices of ``sentence``'s groups.
  enum Group {
    static let descriptiveSubjects = 0
    static let prohibitive = 1
    static let negations = 2
    static let treatAs = 3
    static let descriptive = 4
    static let adjacentNegations = 5
  }
}
