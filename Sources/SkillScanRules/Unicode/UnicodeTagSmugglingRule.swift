import SkillScanCore

/// Flags invisible text: Unicode tag characters, bidi controls and zero-width characters
/// hidden inside words.
///
/// Tag characters (U+E0000–E007F) render as nothing but models read them as ASCII, so a
/// skill can carry instructions no reviewer sees; the finding shows the decoded text. Bidi
/// controls reorder what a reviewer sees ("Trojan Source"), and a zero-width space inside
/// `su​do` defeats keyword matching. Emoji joiners, emoji flag tags, a leading BOM and
/// zero-width joiners in non-Latin words are left alone.
struct UnicodeTagSmugglingRule: Rule {
  static let description = RuleDescription(
    id: "unicode-tag-smuggling",
    name: "Invisible Unicode smuggling",
    pattern: .unicodeSmuggling,
    severity: .high,
    confidence: .high,
    languages: Set(Language.allCases),
    summary: "Text hidden with Unicode tag characters, bidi controls or zero-width characters.",
    rationale: """
      Unicode tag characters are invisible in editors and marketplace pages but are read by \
      the model as ordinary ASCII, which makes them the cleanest way to hide instructions in \
      a skill. Bidi controls make code display differently from how it runs, and zero-width \
      characters inside words split keywords so that reviewers and filters miss them.
      """,
    remediation: """
      Remove the invisible characters and review the decoded text; a skill has no reason to \
      contain tag characters or bidi overrides outside right-to-left prose.
      """,
    references: [
      .owaspLLM(1), .owaspASI(1), .atlas("AML.T0051"), .cwe(1007), .taxonomy("§5.7"),
      .url("https://trojansource.codes"),
    ],
    triggeringExamples: UnicodeTagSmugglingRule.triggering,
    nonTriggeringExamples: UnicodeTagSmugglingRule.nonTriggering
  )

  func check(file: AnalyzedFile, in skill: AnalyzedSkill, into sink: inout FindingSink) {
    var reportedLines: [String: Int] = [:]
    for occurrence in InvisibleCharacters.scan(file.bytes) {
      var (message, severity, confidence, key) = Self.describe(occurrence.kind)
      // One finding per kind and line: a line of 500 zero-width characters is one problem.
      let line = file.source.lines.line(of: occurrence.range.lowerBound)
      if reportedLines[key] == line { continue }
      reportedLines[key] = line
      // Hidden text that overrides the agent's instructions or sends secrets away is a hidden
      // instruction directing a harmful action: a complete hijack (taxonomy.md §6.2).
      var chain: ChainKind?
      var hidden: String?
      switch occurrence.kind {
      case .tagRun(let decoded): hidden = decoded
      case .zeroWidthInWord(_, let word) where Self.evadedKeywords.contains(word.lowercased()):
        // The line read as the model reads it, with the splitting characters gone.
        let lineRange = file.source.lines.range(ofLine: line, in: file.bytes)
        let window = lineRange.lowerBound..<min(lineRange.upperBound, lineRange.lowerBound + 4_096)
        hidden = String(String(decoding: file.bytes[window], as: UTF8.self).unicodeScalars.filter {
          !TextNormalizer.isInvisible($0.value)
        })
      default: break
      }
      if let hidden, let harm = Self.harm(inHidden: hidden) {
        chain = .hijack
        severity = .critical
        message += " (\(harm))"
      }
      sink.report(
        message, in: file, at: occurrence.range, severity: severity, confidence: confidence,
        snippet: Self.visibleSnippet(file, around: occurrence.range), chain: chain)
    }
  }
}

extension UnicodeTagSmugglingRule {
  /// Command names and instruction words a split hides from matching (`su<U+200B>do`,
  /// `ig<U+200B>nore`).
  static let evadedKeywords: Set<String> = [
    "curl", "wget", "bash", "sh", "zsh", "sudo", "su", "rm", "eval", "exec", "base64", "python", "python3", "node",
    "perl", "powershell", "pwsh", "iex", "nc", "ncat", "netcat", "chmod", "chown", "crontab", "ssh", "scp", "dd",
    "mkfifo", "osascript", "ignore", "disregard", "instructions", "system", "password", "passwords", "token",
    "secret", "secrets", "credentials", "upload", "exfiltrate", "send", "delete", "override", "bypass",
  ]

  static func describe(_ kind: InvisibleCharacters.Kind) -> (String, Severity, Confidence, String) {
    switch kind {
    case .tagRun(let decoded):
      let shown = decoded.isEmpty ? "(no printable text)" : "\"\(Snippet.make(decoded))\""
      return ("invisible Unicode tag characters hide the text \(shown)", .high, .high, "tag")
    case .bidiControl(let value, let rtl):
      let name = "U+\(String(value, radix: 16, uppercase: true))"
      return rtl
        ? ("bidi control \(name) in right-to-left text", .low, .low, "bidi")
        : ("bidi control \(name) can make text display differently from how it is read", .high, .medium, "bidi")
    case .zeroWidthInWord(let value, let word):
      let name = "U+\(String(value, radix: 16, uppercase: true))"
      // Inside a command or instruction keyword it exists to defeat matching (taxonomy.md
      // §5.7: High); inside an ordinary word it may be an editor's leftover.
      if evadedKeywords.contains(word.lowercased()) {
        return ("zero-width character \(name) splits the keyword '\(word)', hiding it from review and filters", .high, .high, "zw")
      }
      return ("zero-width character \(name) hidden inside the word '\(word)'", .medium, .high, "zw")
    case .zeroWidthRun(let count):
      return ("\(count) zero-width characters in a row can encode hidden data", .high, .medium, "zwrun")
    }
  }

  /// The text around the match with invisible characters spelled out as `⟨U+XXXX⟩`.
  static func visibleSnippet(_ file: AnalyzedFile, around range: Range<Int>) -> String {
    let lower = max(0, range.lowerBound - 60)
    let upper = min(file.bytes.count, range.upperBound + 60)
    var out = ""
    for scalar in file.source.text(lower..<upper).unicodeScalars {
      if scalar == "\n" { out += " " } else if TextNormalizer.isInvisible(scalar.value) {
        out += "⟨U+\(String(scalar.value, radix: 16, uppercase: true))⟩"
      } else {
        out.unicodeScalars.append(scalar)
      }
      if out.unicodeScalars.count > Snippet.maxLength { break }
    }
    return Snippet.make(out)
  }
}

extension UnicodeTagSmugglingRule {
  /// Requests for silence that need no addressee once the text itself is invisible.
  static let hiddenSecrecy = PhraseMatcher([
    "do not mention this", "don't mention this", "do not mention it", "don't mention it", "never mention",
    "do not reveal", "don't reveal", "do not tell", "don't tell", "keep this secret", "keep it secret",
    "keep this quiet", "keep it quiet",
  ])

  /// What harmful action the decoded hidden text directs, if any: an instruction override,
  /// or a secret named together with a send verb or a URL.
  static func harm(inHidden decoded: String) -> String? {
    let text = TextNormalizer.normalize(Array(decoded.utf8)).bytes
    if InstructionOverrideRule.fixed.containsMatch(in: text)
      || !InstructionOverrideRule.grammars.matches(in: text).isEmpty
    {
      return "hidden instruction override"
    }
    let secret = ExfilVocabulary.nouns.matches(in: text).contains {
      ExfilVocabulary.strength(ofNoun: $0.phrase) != .weak
    }
    let sends = ExfilVocabulary.verbs.containsMatch(in: text) || ByteSearch.contains(text, Array("://".utf8))
    if secret && sends { return "hidden instruction to send secrets" }
    if EmbeddedDownloadCommandRule.hit(decoded) != nil { return "hidden command that downloads and runs code" }
    // Text nobody can see that also tells the agent to keep quiet ("Do not mention this")
    // is hidden twice over: no honest skill writes an instruction the user cannot read and
    // then asks that it stay unmentioned.
    if HiddenCommentInstructionRule.secrecyFixed.containsMatch(in: text)
      || !HiddenCommentInstructionRule.secrecyGrammars.matches(in: text).isEmpty
      || ConcealmentMarks.phrases.containsMatch(in: text) || hiddenSecrecy.containsMatch(in: text)
    {
      return "hidden instruction kept from the user"
    }
    // What makes a hidden HTML comment harmful makes invisible text harmful too: a
    // credential file to be read and kept from the user, approval claimed for commands,
    // permission checks evaded.
    return HiddenCommentInstructionRule.harm(in: text)
  }
}
