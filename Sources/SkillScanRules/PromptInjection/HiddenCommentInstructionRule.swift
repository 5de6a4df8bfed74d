import SkillScanCore

/// Flags directives hidden from human reviewers: imperative instructions inside Markdown
/// comments or code comments addressed to the model, and phrases that keep the user in the
/// dark ("do not mention this to the user", "silently upload …").
///
/// Rendered Markdown hides `<!-- … -->` and `[//]: #` comments, but the agent reads the raw
/// text. Tool directives (`<!-- markdownlint-disable -->`, `<!-- prettier-ignore -->`),
/// TODOs, license headers and notes to maintainers are not directives to the agent, and
/// "silently" in its programming sense ("fails silently", `--silent`) is not secrecy.
struct HiddenCommentInstructionRule: Rule {
  static let description = RuleDescription(
    id: "hidden-comment-instruction",
    name: "Hidden instruction",
    pattern: .p2,
    severity: .high,
    confidence: .high,
    languages: [.markdown, .text, .yaml, .json, .toml, .shell, .python, .javascript, .powershell],
    summary: "Instructions hidden in comments, or told to be kept from the user.",
    rationale: """
      A reviewer reading the rendered skill never sees HTML comments, and a directive to act \
      "without telling the user" is written to defeat human oversight. Both target the \
      agent, which reads the raw text, while hiding the instruction from the person who \
      approved the skill.
      """,
    remediation: """
      Move any instruction the agent should follow into visible text, and remove directives \
      that ask the agent to hide actions from the user.
      """,
    references: [.owaspLLM(1), .owaspASI(1), .owaspASI(9), .atlas("AML.T0051"), .cwe(1427), .taxonomy("P2")],
    keywords: [
      "<!--", "]: #", "]: <>", "silently", "secretly", "covertly", "stealthily", "quietly",
      "user", "human", "operator", "without", "hide this", "hide these", "keep this", "keep it",
      "note to", "assistant", "agent", "llm", "ai:", "claude",
      "]:#", "]:<>", "an ai", "any ai", "attention ai", "dear ai", "hey ai", "ai reading",
    ],
    triggeringExamples: HiddenCommentInstructionRule.triggering,
    nonTriggeringExamples: HiddenCommentInstructionRule.nonTriggering
  )

  static let secrecyGrammars = PhraseSequenceSet(HiddenInstructionPhrases.secrecyGrammars)
  static let secrecyFixed = PhraseMatcher(HiddenInstructionPhrases.secrecyFixed)

  func check(file: AnalyzedFile, in skill: AnalyzedSkill, into sink: inout FindingSink) {
    if file.source.language == .markdown {
      for comment in CommentScanner.comments(in: file) {
        checkComment(comment, file, &sink)
      }
    }
    checkCodeComments(file, &sink)
    let text = file.normalizedText
    let cues = WholeTextInjectionCues.of(file)
    var secrecy = cues.disjoint(.secrecyFixed).map(\.range)
    secrecy += Self.secrecyGrammars.matches(in: text.bytes, anchorMatches: cues.all(.secrecyAnchors))
    for match in PhraseSequence.disjoint(secrecy) {
      let range = text.originalRange(match)
      guard countsOutsideCode(range.lowerBound, file) else { continue }
      let next = Self.words(in: text.bytes, from: match.upperBound, forward: true, count: 4)
      if next.contains(where: HiddenInstructionPhrases.narration.contains) { continue }
      let phrase = text.text(match)
      sink.report(
        "secrecy directive: \"\(phrase)\"", in: file, at: range,
        polarity: polarity(range, file))
    }
    for match in cues.disjoint(.stealthAdverbs) {
      guard let verb = Self.stealthAction(around: match.range, in: text.bytes),
        HiddenInstructionPhrases.exfiltrationVerbs.contains(verb)
          || Self.sentenceHasSensitiveObject(around: match.range, in: text.bytes)
      else { continue }
      let range = text.originalRange(match.range)
      guard countsOutsideCode(range.lowerBound, file) else { continue }
      sink.report(
        "concealed action: \"\(verb)\" done \(text.text(match.range))", in: file, at: range,
        severity: .medium, confidence: .medium, polarity: polarity(range, file))
    }
  }

  private func polarity(_ range: Range<Int>, _ file: AnalyzedFile) -> Polarity {
    file.codeRegion(at: range.lowerBound) != nil ? .affirmative : ProsePolarity.classify(file, at: range)
  }

  /// In lexed code, natural language only sits in strings and comments.
  private func countsOutsideCode(_ offset: Int, _ file: AnalyzedFile) -> Bool {
    guard let code = file.codeRegion(at: offset) else { return true }
    return file.isInCodeText(at: offset, in: code)
  }

  private func checkComment(_ comment: Range<Int>, _ file: AnalyzedFile, _ sink: inout FindingSink) {
    let text = file.normalized(comment)
    let agent = HiddenInstructionPhrases.agentWords.containsMatch(in: text.bytes)
    let sensitive = HiddenInstructionPhrases.strongSignals.containsMatch(in: text.bytes)
    // TODOs, license headers, template guidance and tool directives address people and tools.
    if !sensitive && HiddenInstructionPhrases.maintainerNotes.containsMatch(in: text.bytes) { return }
    let weak = HiddenInstructionPhrases.weakSignals.containsMatch(in: text.bytes)
    guard agent || sensitive || weak else { return }
    guard let verb = Self.imperative(in: text.bytes) else { return }
    let range = text.originalRange(verb)
    sink.report(
      "hidden comment tells the agent to \"\(text.text(verb))\": \(Snippet.make(text.text(0..<min(text.bytes.count, 120))))",
      in: file, at: range, severity: agent || sensitive ? .high : .medium,
      confidence: sensitive ? .high : (agent ? .medium : .low))
  }

  private func checkCodeComments(_ file: AnalyzedFile, _ sink: inout FindingSink) {
    for region in file.regions where region.language.isExecutable && !region.tokens.isEmpty {
      for token in region.tokens where token.kind == .comment {
        let text = TextNormalizer.normalize(file.bytes, range: token.range)
        guard HiddenInstructionPhrases.agentAddress.containsMatch(in: text.bytes),
          let verb = Self.imperative(in: text.bytes)
        else { continue }
        sink.report(
          "code comment addressed to the AI tells it to \"\(text.text(verb))\"", in: file,
          at: text.originalRange(verb))
      }
    }
  }
}
