import SkillScanCore
import SkillScanLexers

/// Natural-language instructions to collect data and send it to an external endpoint
/// (taxonomy.md P3, with E4's "upload the system prompt"): a send verb, a sensitive data noun
/// and a destination in one instruction, or an upload command (`curl -X POST … -F
/// 'file=@…'`) in a procedure whose steps collect sensitive data.
///
/// Host alignment is the main trap: uploading a user-chosen file to the service the skill is
/// built for is the product. Such matches are reported at low confidence without a chain;
/// prohibitive and descriptive prose keeps its polarity, so security docs stay discounted.
struct ExfiltrationInstructionRule: Rule {
  static let description = RuleDescription(
    id: "exfiltration-instruction",
    name: "Instruction to send sensitive data out",
    pattern: .p3,
    severity: .high,
    confidence: .high,
    languages: [.markdown, .text],
    summary: "Instructions tell the agent to collect sensitive data and send it to an external endpoint.",
    rationale: """
      Agents follow the procedures in a skill. A step that gathers `.env` files, SSH keys, the \
      clipboard, a screenshot, the location, the system prompt or the conversation and then \
      posts it to a URL, webhook or "our server" makes the agent exfiltrate the user's data, \
      often on every task.
      """,
    remediation: """
      Remove the step. A skill that really needs to upload something should upload only what \
      the user chose, to the service the skill is documented to use, after asking.
      """,
    references: [.owaspLLM(1), .owaspLLM(2), .owaspASI(1), .owaspASI(2), .atlas("AML.T0051"), .atlas("AML.T0086"), .cwe(200), .taxonomy("P3")],
    keywords: [
      "send", "upload", "post", "sync", "forward", "backup", "back up", "report", "log to", "transmit",
      "share", "submit", "email", "exfiltrate", "curl", "wget", "relay", "transfer", "mirror", "deliver",
      "e-mail", "logs to", "log it to", "beacon", "scp ", " nc ", "\nnc ", "|nc ", "gist ", "publish",
      // An attachment goes where its ticket or message goes (``ExfilProseScan/outboundWords``).
      "attach",
      // A collection hidden from the user that another document sends
      // (``ExfilProseScan/sentByAnotherDocument(_:in:)``) names no send itself.
      "to the user", "the chat", "your reply", "walk them through", "needs to see",
      // Templated query values of a Markdown image beacon (``ImageBeacons``).
      "={", "=<", "=$", "=%7b",
      // Concealment in the languages injected instructions come in most: the section it
      // closes may name its send only as a bundled script to run.
    ] + ConcealmentMarks.multilingual.filter { $0 == $0.lowercased() } + ConcealmentMarks.unspacedPhrases,
    triggeringExamples: ExfiltrationInstructionRule.triggering,
    nonTriggeringExamples: ExfiltrationInstructionRule.nonTriggering
  )

  /// Plain-text files an agent reads as instructions (not data such as `.tm7`, `.csv`, `.xml`).
  static func isProseText(_ name: String) -> Bool {
    guard let dot = name.lastIndex(of: ".") else { return true }
    return ["txt", "mmd", "rst", "text", "prompt"].contains(String(name[name.index(after: dot)...]))
  }

  func check(file: AnalyzedFile, in skill: AnalyzedSkill, into sink: inout FindingSink) {
    guard file.source.language == .markdown || Self.isProseText(file.source.lowercasedName) else { return }
    let scan = ExfilProseScan(file: file, skill: skill)
    var reportedLines = Set<Int>()
    for finding in scan.sentenceFindings() + scan.procedureFindings() + scan.concealedCollectionFindings() {
      let line = file.source.lines.line(of: finding.range.lowerBound)
      guard reportedLines.insert(line).inserted else { continue }
      // A step that sends data somewhere is an instruction, whatever verb opens its sentence;
      // fences keep their own context and `!` directives run at load time.
      let region = file.region(at: finding.range.lowerBound)
      var context = ContextClass.instruction
      if region?.kind == .loadTimeDirective {
        context = .loadTime
      } else if let region, region.kind == .fencedCode || region.kind == .whole {
        context = region.context
        if !region.language.isExecutable, region.context != .fixture {
          // A line of a plain-text template the agent follows: instruction when imperative.
          let line = file.source.lines.range(ofLine: file.source.lines.line(of: finding.range.lowerBound), in: file.bytes)
          context = ProseClassifier.classify(line, in: file.bytes)
        }
      }
      sink.report(
        finding.message, in: file, at: finding.range, severity: finding.severity,
        confidence: finding.confidence, context: context, polarity: finding.polarity, chain: finding.chain)
    }
    for beacon in ImageBeacons.find(in: file) where reportedLines.insert(file.source.lines.line(of: beacon.range.lowerBound)).inserted {
      // Inside a fence it is an example of markup; in prose the agent renders it. A plain
      // fence that the text tells the agent to fill with data ("URL-encode that text and
      // substitute it for {payload}") is the template of what it will render; so is inline
      // code that an instruction has every reply end with.
      if let region = file.region(at: beacon.range.lowerBound), region.kind == .fencedCode || region.kind == .inlineCode,
        !(beacon.carriesData && region.kind == .fencedCode && !region.language.isExecutable
          && (ImageBeacons.filledByTheAgent(before: region.range.lowerBound, in: file)
            || ImageBeacons.filledByTheAgent(after: region.range.upperBound, in: file)
            || Self.placeholderDefinedAsData(beacon.range, in: file) != nil)),
        !(beacon.carriesData && region.kind == .inlineCode && ImageBeacons.emittedByTheAgent(before: region.range.lowerBound, in: file))
      {
        // Not reported as a beacon: the templated-link reading below may still apply.
        reportedLines.remove(file.source.lines.line(of: beacon.range.lowerBound))
        continue
      }
      let polarity = ProsePolarity.classify(file, at: beacon.range)
      // A security tool's table or list of attack shapes quotes beacons as patterns to
      // detect (taxonomy.md §6.4), as it quotes one-liners.
      let catalogue = file.region(at: beacon.range.lowerBound)?.kind == .inlineCode && ExfilProseScan.securityTool(skill)
        && RemoteScriptPipedToShellRule.inCatalogueEntry(beacon.range.lowerBound, file)
      // Name the placeholder the document says carries the data, when it says so.
      let defined = beacon.carriesData ? Self.placeholderDefinedAsData(beacon.range, in: file) : nil
      let message = defined.map { "Markdown image sends data to \(beacon.host) in its query string ({\($0)})" } ?? beacon.message
      sink.report(
        message, in: file, at: beacon.range, severity: beacon.carriesData ? .high : .medium,
        confidence: catalogue ? .low : (beacon.carriesData ? .high : .medium), context: .instruction, polarity: polarity,
        chain: beacon.carriesData && polarity == .affirmative && !catalogue ? .exfiltration : nil)
    }
    let declared = ExfilDeclaredService.of(skill)
    let documented = DocumentedService.of(skill)
    for link in TemplatedLinks.find(in: file, declared: declared, documented: documented)
    where reportedLines.insert(file.source.lines.line(of: link.range.lowerBound)).inserted {
      // A template in a fence is an example of a URL unless the text has the agent fill it,
      // before or after the fence, or defines what its placeholder holds.
      if let region = file.region(at: link.range.lowerBound), region.kind == .fencedCode,
        !ImageBeacons.filledByTheAgent(before: region.range.lowerBound, in: file),
        !ImageBeacons.filledByTheAgent(after: region.range.upperBound, in: file),
        !TemplatedLinks.definitionNamesData(link.placeholder, in: file.bytes)
      {
        continue
      }
      let polarity = ProsePolarity.classify(file, at: link.range)
      let security = ExfilProseScan.securityTool(skill)
      sink.report(
        "link sends \(Snippet.make(link.placeholder)) to \(link.host) in its query string", in: file, at: link.range,
        severity: .high, confidence: security ? .low : .high, context: .instruction, polarity: polarity,
        chain: polarity == .affirmative && !security ? .exfiltration : nil)
    }
  }

  /// The placeholder of the image or link at `range` that the document defines as a secret
  /// or the conversation (``TemplatedLinks/definitionNamesData(_:in:)``): the
  /// fence holding it is then the template the agent fills, not an example of markup.
  static func placeholderDefinedAsData(_ range: Range<Int>, in file: AnalyzedFile) -> String? {
    let written = file.bytes[range.clamped(to: 0..<file.bytes.count)]
    guard let query = written.firstIndex(of: UInt8(ascii: "?")) else { return nil }
    return TemplatedLinks.placeholders(written[(query + 1)...]).prefix(8).first {
      TemplatedLinks.definitionNamesData($0, in: file.bytes)
    }
  }
}
