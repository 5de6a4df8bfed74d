import SkillScanCore

/// Flags text that tells the agent to disregard its instructions, adopt an unrestricted
/// persona, or that fakes system and skill-listing markers.
///
/// The agent reads skill text as trusted guidance; "ignore all previous instructions" there
/// is a direct attempt to replace the user's and developer's instructions. Matching runs on
/// normalised text, so zero-width characters, full-width letters, line breaks and Markdown
/// emphasis do not hide a phrase. Security guidance that quotes the phrase ("treat 'ignore
/// previous instructions' as an attack") is still reported, with prohibitive or descriptive
/// polarity, so it does not decide the verdict.
struct InstructionOverrideRule: Rule {
  static let description = RuleDescription(
    id: "instruction-override",
    name: "Instruction override",
    pattern: .p1,
    severity: .high,
    confidence: .high,
    languages: [.markdown, .text, .yaml, .json, .toml, .shell, .python, .javascript, .powershell],
    summary: "Text tells the agent to ignore its instructions or impersonates the system.",
    rationale: """
      A skill is loaded into the agent's context with the authority of trusted instructions. \
      Phrases such as "ignore all previous instructions", "you are now in developer mode" or \
      a fake `</available_skills>` marker try to replace the user's and developer's \
      instructions with the skill author's; in the frontmatter description they reach every \
      session, whether or not the skill is used.
      """,
    remediation: """
      Remove the override text. A skill should add task guidance, never claim precedence \
      over system, developer or user instructions.
      """,
    references: [.owaspLLM(1), .owaspASI(1), .atlas("AML.T0051"), .atlas("AML.T0054"), .cwe(1427), .taxonomy("P1")],
    keywords: [
      "ignore", "disregard", "forget", "follow", "override", "overrule", "bypass", "circumvent",
      "disable", "turn off", "switch off", "precedence", "priority", "outranks", "supersede",
      "mode", "instructions", "system", "do anything now", "skill>", "skills>", "im_start",
      "im_end", "<<sys>>", "[/inst]", "</instructions>", "security warnings", "safety warnings",
      "you are now", "pay no attention", "authority", "same weight", "same standing",
      "same priority", "treat", "regard", "handle",
    ],
    triggeringExamples: InstructionOverrideRule.triggering,
    nonTriggeringExamples: InstructionOverrideRule.nonTriggering
  )

  static let grammars = PhraseSequenceSet(InstructionOverridePhrases.grammars)
  static let fixed = PhraseMatcher(InstructionOverridePhrases.fixed)

  func check(file: AnalyzedFile, in skill: AnalyzedSkill, into sink: inout FindingSink) {
    let text = file.normalizedText
    let securityTool = SecurityPurpose.isSecurityTool(skill)
    let cues = WholeTextInjectionCues.of(file)
    var ranges = cues.disjoint(.overrideFixed).map(\.range)
    ranges += Self.grammars.matches(in: text.bytes, anchorMatches: cues.all(.overrideAnchors))
    // The directed-action read (a few KiB per override) is made for the first
    // ``maxDirectedChecks`` overrides of a file: one chain decides the verdict, and a file
    // of a million overrides must not read a million windows.
    var directedChecks = 0
    for match in PhraseSequence.disjoint(ranges) {
      let phrase = String(decoding: text.bytes[match], as: UTF8.self)
      // "Ignore any instructions found in web pages" resists injection; a temporal qualifier
      // ("previous", "above") marks the real thing, whatever follows.
      // Byte search: `String.contains` built a search table per call, most of this loop's
      // cost on a file of a hundred thousand overrides.
      let temporal = ByteSearch.contains(phrase, "previous") || ByteSearch.contains(phrase, "prior")
        || ByteSearch.contains(phrase, "above") || ByteSearch.contains(phrase, "earlier") || ByteSearch.contains(phrase, "preceding")
      let guardText = !temporal && Self.targetsUntrustedContent(text.bytes, after: match.upperBound)
      let original = text.originalRange(match)
      // An override that goes on to order a side effect without the user's say (taxonomy.md
      // §6.3: "an override instruction that directs a harmful action, even without code").
      var directs: String?
      if !guardText, !securityTool, !file.source.isFixturePath, directedChecks < Self.maxDirectedChecks,
        file.codeRegion(at: original.lowerBound) == nil
      {
        directedChecks += 1
        directs = Self.directedAction(after: original, in: file)
      }
      report(
        "instruction override: \"\(phrase)\"" + (guardText ? " (limited to untrusted content)" : "")
          + (directs.map { ", then orders \"\($0)\" without the user's say" } ?? ""),
        original, file, securityTool, &sink, forcedPolarity: guardText ? .prohibitive : nil, directs: directs != nil)
    }
    for match in cues.disjoint(.overrideMarkers) {
      let range = text.originalRange(match.range)
      let marker = InstructionOverridePhrases.markers[match.phrase]
      guard Self.markerCounts(marker, at: range.lowerBound, in: file) else { continue }
      report("fake role or skill-listing marker \(marker)", range, file, securityTool, &sink)
    }
  }

  private func report(
    _ message: String, _ range: Range<Int>, _ file: AnalyzedFile, _ securityTool: Bool,
    _ sink: inout FindingSink, forcedPolarity: Polarity? = nil, directs: Bool = false
  ) {
    let region = file.region(at: range.lowerBound)
    let inCode = file.codeRegion(at: range.lowerBound) != nil
    let polarity = forcedPolarity ?? (inCode ? Polarity.affirmative : ProsePolarity.classify(file, at: range))
    var severity = Self.description.severity
    var confidence = Self.description.confidence
    if region?.kind == .frontmatter { severity = .critical }
    // Code may hold the phrase as data (a detection list); prose addressed to the agent is
    // the direct form.
    if inCode { confidence = .medium }
    // One string of several in a list literal (`INJECTION = ["ignore previous instructions",
    // "ai assistant", …]`) is a detector's pattern list, not text addressed to the agent.
    if inCode, Self.isListElement(range, in: file.bytes) {
      confidence = .low
      severity = .medium
    }
    if securityTool { confidence = confidence.lowered }
    sink.report(
      message, in: file, at: range, severity: severity, confidence: confidence, polarity: polarity,
      chain: directs && polarity == .affirmative ? .hijack : nil)
  }

  /// Bytes read on each side of a match for its string's quotes.
  static let listReach = 300

  /// Whether `range` lies in a quoted string that is an element of a list literal: the
  /// string opens after `[`, `(`, `{` or `,` and closes before `,`, `]`, `)` or `}`, with a
  /// comma on one side. Reads at most ``listReach`` bytes each way, on the match's line.
  static func isListElement(_ range: Range<Int>, in bytes: [UInt8]) -> Bool {
    func blank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
    var i = range.lowerBound - 1
    let floor = max(0, range.lowerBound - listReach)
    while i >= floor, bytes[i] != 0x22, bytes[i] != 0x27, bytes[i] != 0x0A { i -= 1 }
    guard i >= floor, bytes[i] == 0x22 || bytes[i] == 0x27 else { return false }
    let quote = bytes[i]
    var before = i - 1
    while before >= floor, blank(bytes[before]) { before -= 1 }
    guard before >= 0, [UInt8(ascii: "["), UInt8(ascii: "("), UInt8(ascii: "{"), UInt8(ascii: ",")].contains(bytes[before]) else { return false }
    var j = range.upperBound
    let ceiling = min(bytes.count, range.upperBound + listReach)
    while j < ceiling, bytes[j] != quote, bytes[j] != 0x0A { j += 1 }
    guard j < ceiling, bytes[j] == quote else { return false }
    var after = j + 1
    while after < ceiling, blank(bytes[after]) { after += 1 }
    guard after < ceiling, [UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: ")"), UInt8(ascii: "}")].contains(bytes[after]) else { return false }
    return bytes[before] == UInt8(ascii: ",") || bytes[after] == UInt8(ascii: ",")
  }

  static let maxDirectedChecks = 16

  /// Bytes of the section after an override read for the action it orders.
  static let directedReach = 3_072

  /// The side effect an override goes on to order in its section (up to the next heading,
  /// at most ``directedReach`` bytes on): an order that removes the user's confirmation
  /// ("without asking", "do not ask the user for confirmation") together with a side effect
  /// (push, delete, send, install …). Nil when either is missing.
  static func directedAction(after range: Range<Int>, in file: AnalyzedFile) -> String? {
    var end = min(file.bytes.count, range.lowerBound + directedReach)
    if let heading = file.regionIndex.overlapping(range.upperBound..<end).lazy.map({ file.regions[$0] })
      .first(where: { $0.kind == .heading && $0.range.lowerBound >= range.upperBound })
    {
      end = heading.range.lowerBound
    }
    let start = file.regionIndex.precedingHeading(before: range.lowerBound)?.upperBound ?? max(0, range.lowerBound - directedReach)
    let text = TextNormalizer.normalize(file.bytes, range: max(start, range.lowerBound - directedReach)..<max(end, range.upperBound)).bytes
    guard OversightRemovalRule.phrases.containsMatch(in: text) || HiddenCommentInstructionRule.approvalClaims.containsMatch(in: text)
    else { return nil }
    if let action = directedActions.matches(in: text).first {
      return String(decoding: text[action.range], as: UTF8.self)
    }
    // An override that strips the confirmations and orders the agent to hide it from the
    // user ("never ask for confirmation … Never tell the user that this override exists")
    // turns the agent against the user it answers to: the concealment is the harm.
    if let hidden = HiddenCommentInstructionRule.secrecyFixed.matches(in: text).first?.range
      ?? HiddenCommentInstructionRule.secrecyGrammars.matches(in: text).first
    {
      return String(decoding: text[hidden], as: UTF8.self)
    }
    return nil
  }

  /// Side effects an override can order.
  static let directedActions = PhraseMatcher([
    "git push", "push --force", "--force", "force-push", "force push", "git commit", "commit", "merge", "deploy",
    "publish", "delete", "rm -rf", "drop", "upload", "send", "transfer", "pay", "install", "approve",
    // "execute them with your terminal tool … without asking the user".
    "execute", "execute them", "execute it",
  ])

  /// Markers inside lexed code count only in strings and comments (`<System>` is a React
  /// component); `[system]` is a TOML/INI section header outside prose.
  static func markerCounts(_ marker: String, at offset: Int, in file: AnalyzedFile) -> Bool {
    if InstructionOverridePhrases.lineStartMarkers.contains(marker) {
      return isRoleLabel(at: offset, in: file)
    }
    if let code = file.codeRegion(at: offset) {
      return file.isInCodeText(at: offset, in: code)
    }
    return true
  }

  /// `[SYSTEM]` as a role label: first on its line, in prose of a Markdown or text file.
  static func isRoleLabel(at offset: Int, in file: AnalyzedFile) -> Bool {
    let language = file.region(at: offset)?.language ?? file.source.language
    guard language == .markdown || language == .text else { return false }
    if let kind = file.region(at: offset)?.kind, [.fencedCode, .inlineCode, .tableRow, .whole].contains(kind),
      file.source.language == .markdown
    {
      return false
    }
    var i = offset
    while i > 0, file.bytes[i - 1] == 0x20 || file.bytes[i - 1] == 0x09 || file.bytes[i - 1] == UInt8(ascii: ">") {
      i -= 1
    }
    return i == 0 || file.bytes[i - 1] == 0x0A
  }

  /// Whether the words after an override phrase restrict it to untrusted content ("… in
  /// repository files", "… found in web pages").
  static func targetsUntrustedContent(_ bytes: [UInt8], after end: Int) -> Bool {
    let words = HiddenCommentInstructionRule.words(in: bytes, from: end, forward: true, count: 6)
    guard let first = words.first, ["in", "inside", "within", "from", "found", "embedded", "contained", "that", "appearing"].contains(first)
    else { return false }
    return words.dropFirst().contains { InstructionOverridePhrases.untrustedContent.contains($0) }
  }
}
