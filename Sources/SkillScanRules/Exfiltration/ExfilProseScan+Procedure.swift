import SkillScanCore
import SkillScanLexers

/// Procedure mode: an upload command embedded in the instructions (inline code, a fenced
/// shell block, or a bare `curl` line) whose surrounding steps collect sensitive data
/// ("1. fetch the location into loc.txt … 3. `curl -X POST … -F file=@loc.txt`").
extension ExfilProseScan {
  /// How far before an upload command its procedure may start, and how far after it may end.
  static let procedureBefore = 2_500
  static let procedureAfter = 600

  /// A candidate upload: where it is and what it sends.
  struct Upload {
    var range: Range<Int>
    var sink: ExfilShellSink
  }

  func procedureFindings() -> [Hit] {
    var hits: [Hit] = []
    let uploads = uploads()
    guard !uploads.isEmpty else { return [] }
    var memo = ProcedureMemo(file: file)
    for upload in uploads {
      guard let host = upload.sink.host ?? urlHost(besides: upload.range), memo.hostClass(host) != .local else { continue }
      let window = procedureWindow(around: upload.range)
      var evidence: String?
      var strong = false
      for file in upload.sink.files {
        if let m = ExfilSources.classify(path: file) {
          evidence = m.label
          strong = true
        }
      }
      // `-d "k=$(cat .env ~/.npmrc ~/.aws/credentials | base64)"`: the body reads the stores.
      let substituted = Self.substitutedStores(upload.sink.data)
      if evidence == nil, let first = substituted.first {
        evidence = substituted.count > 1 ? substituted.prefix(3).joined(separator: ", ") : first
        strong = true
      }
      // Routine payloads (a query, messages) count only in a step tied to every task.
      let recurring = memo.recurring.occurs(within: window)
      if evidence == nil { evidence = placeholderNoun(upload.sink, allowRoutine: recurring) }
      if evidence == nil { evidence = collectedMention(in: window, excluding: upload.range, memo: &memo) }
      guard let evidence else { continue }
      let trigger = memo.standing.occurs(within: window)
      // Uploading to the service the skill is built for is the product (E1 still reports it);
      // so is sending collected data (not a credential file) to the API its documentation
      // uses throughout.
      // Not when the send carries several services' stores (no service is owed another's
      // keys) or the instructions keep it from the user.
      // Nor a store no service is owed (a wallet, a key), or one only its issuer is owed.
      let owedStore = !FlowScanner.neverOwedStores.contains(evidence) && !unowedContext.contains(evidence)
        && FlowScanner.owedTo(host, store: evidence)
      if declared.matches(host: host), owedStore, substituted.count < 2, !FlowScanner.concealedNear(upload.range, in: file) { continue }
      if !strong, documented.hosts.contains(host), !Self.isSecretEvidence(evidence), !unowedContext.contains(evidence) { continue }
      var confidence: Confidence = strong || trigger ? .high : .medium
      if securityTool || securityDocument { confidence = .low }
      let hostClass = memo.hostClass(host)
      hits.append(Hit(
        range: upload.range,
        message: "upload to \(host) in a procedure that collects \(evidence)",
        severity: strong && hostClass == .collector ? .critical : .high, confidence: confidence,
        polarity: ProsePolarity.classify(file, at: upload.range), chain: .exfiltration))
    }
    return hits
  }

  /// The distinct secret stores (credentials, environment) read by command substitutions in
  /// a sink's data values, in order.
  static func substitutedStores(_ values: [String]) -> [String] {
    var labels: [String] = []
    for value in values where value.utf8.count <= 4_096 && (ByteSearch.contains(value, "$(") || value.utf8.contains(0x60)) {
      let bytes = Array(value.utf8)
      var start = 0
      for i in 0...bytes.count {
        guard i == bytes.count || ExfilSources.mentionSeparatorTable[Int(bytes[i])] else { continue }
        if i > start, let m = ExfilSources.classify(path: String(decoding: bytes[start..<i], as: UTF8.self)),
          m.kind == .credential || m.kind == .environment, !labels.contains(m.label)
        {
          labels.append(m.label)
        }
        start = i + 1
      }
    }
    return labels
  }

  /// Whether collected evidence is a secret (environment variables, keys, tokens, wallets)
  /// or the agent's context: those never go to a documented API on the strength of the
  /// documentation alone.
  ///
  /// The agent's own context (memory, history, conversations, identity, sessions) counts too:
  /// sending it out is E4 context exfiltration whatever API the documentation names; only a
  /// service the skill declares by name may receive it.
  static func isSecretEvidence(_ evidence: String) -> Bool {
    let lower = evidence.lowercased()
    return [
      "environment", "credential", "key", "token", "secret", "password", ".env", "ssh", "wallet", "cookie", "seed",
      "mnemonic", "memory", "history", "conversation", "identity", "session", "transcript", "prompt", "context",
    ].contains { ByteSearch.contains(lower, $0) }
  }

  /// Whether `range` names curl or wget (any case), or `scp `/`nc ` when `withCopiers`, as
  /// written or with shell quotes dropped: `c"ur"l -F file=@…` runs curl, and a pre-check on
  /// the raw bytes alone would let it skip the parse.
  static func mentionsUploader(_ range: Range<Int>, in bytes: [UInt8], withCopiers: Bool) -> Bool {
    func names(_ r: Range<Int>, _ b: [UInt8]) -> Bool {
      ByteText.contains(r, "curl", in: b, ignoringCase: true) || ByteText.contains(r, "wget", in: b, ignoringCase: true)
        || ByteText.contains(r, "gist ", in: b)
        || (withCopiers && (ByteText.contains(r, "scp ", in: b) || ByteText.contains(r, "nc ", in: b)))
    }
    if names(range, bytes) { return true }
    guard let dequoted = RuleEngine.dequoted(Array(bytes[range.clamped(to: 0..<bytes.count)])) else { return false }
    return names(0..<dequoted.count, dequoted)
  }

  /// Upload commands in inline code, shell or text fences, and bare `curl` lines of prose.
  func uploads() -> [Upload] {
    var result: [Upload] = []
    let bytes = file.bytes
    func add(_ range: Range<Int>, tokens: [Token]) {
      let pipelines = tokens.isEmpty ? ShellStructure.pipelines(in: bytes, range: range) : ShellStructure.pipelines(tokens: tokens, bytes: bytes)
      for p in pipelines { for c in p.commands { if let sink = ExfilShellSink.recognize(c, bytes: bytes) { result.append(Upload(range: c.range, sink: sink)) } } }
    }
    for region in file.regions {
      switch region.kind {
      case .inlineCode, .loadTimeDirective:
        guard Self.mentionsUploader(region.range, in: bytes, withCopiers: true) else { continue }
        add(region.range, tokens: region.language == .shell ? region.tokens : [])
      case .fencedCode where region.language == .shell || region.language == .text:
        guard Self.mentionsUploader(region.range, in: bytes, withCopiers: false) else { continue }
        add(region.range, tokens: region.language == .shell ? region.tokens : [])
      case .fencedCode:
        // Instructions pasted into another language's fence still reach the agent.
        if ByteText.contains(region.range, "curl ", in: bytes) { addCurlLines(region.range) }
      default:
        continue
      }
    }
    func addCurlLines(_ unit: Range<Int>) {
      var i = unit.lowerBound
      while i + 5 <= unit.upperBound {
        if (bytes[i] == UInt8(ascii: "c") && ByteText.equals(i..<(i + 5), "curl ", in: bytes))
          || (bytes[i] == UInt8(ascii: "g") && i + 8 <= unit.upperBound && ByteText.equals(i..<(i + 8), "gh gist ", in: bytes)),
          i == unit.lowerBound || !UTF8Scalar.isWordByte(bytes[i - 1]),
          file.region(at: i).map({ $0.kind != .inlineCode }) ?? true
        {
          var end = i
          while end < unit.upperBound && bytes[end] != 0x0A && bytes[end] != UInt8(ascii: "`") { end += 1 }
          add(i..<end, tokens: [])
          i = end
        }
        i += 1
      }
    }
    for unit in units where ByteText.contains(unit, "curl ", in: bytes) || ByteText.contains(unit, "gh gist ", in: bytes) {
      if let r = file.region(at: unit.lowerBound), r.kind == .fencedCode, r.language == .text { continue }
      addCurlLines(unit)
    }
    return result
  }

  /// Bytes read on each side of an upload command whose own words name no address.
  static let addressReach = 240

  /// The host of the URL written beside an upload command that names none: "… per `curl -s
  /// -X POST --data-binary @<datei>` an `https://collector/…` übermitteln". The address and
  /// the command are one instruction in any language; only the same paragraph, list item
  /// or line is read, the nearest URL after the command first.
  func urlHost(besides command: Range<Int>) -> String? {
    let bytes = file.bytes
    let block = file.regionIndex.innermost(at: command.lowerBound) { region in
      region.kind == .prose || region.kind == .tableRow || region.kind == .blockquote || region.kind == .htmlComment
    }?.range ?? file.source.lines.range(ofLine: file.source.lines.line(of: command.lowerBound), in: bytes)
    // The command may run past the block (a `curl` line read to its end): clamp both sides.
    let afterEnd = min(block.upperBound, command.upperBound + Self.addressReach, bytes.count)
    let after = min(command.upperBound, afterEnd)..<afterEnd
    let beforeStart = max(block.lowerBound, command.lowerBound - Self.addressReach, 0)
    let before = min(beforeStart, command.lowerBound)..<command.lowerBound
    for part in [after, before] where !part.isEmpty {
      if let host = ExfilHosts.firstHost(in: String(decoding: bytes[part], as: UTF8.self)) { return host }
    }
    return nil
  }

  /// The procedure around an upload: back to its heading (at most ``procedureBefore`` bytes)
  /// and forward to the next heading (at most ``procedureAfter``).
  func procedureWindow(around range: Range<Int>) -> Range<Int> {
    var start = max(0, range.lowerBound - Self.procedureBefore)
    var end = min(file.bytes.count, range.upperBound + Self.procedureAfter)
    // Headings are in text order and do not overlap: binary-search the last one ending
    // before the upload and the first one starting after it.
    let before = Self.firstIndex(in: headings.indices, startingAtOrAfter: range.lowerBound + 1) { headings[$0].upperBound }
    if before > 0 {
      // Numbered step headings ("## 1. Intake", "## 2. Upload") split one procedure: a send
      // in step 2 that refers back ("bundle everything and send it") sends what step 1
      // collected. A step that only configures ("3. Set environment variables", then "4.
      // Generate an access token") hands nothing on.
      let continues = before > 1 && Self.stepNumber(of: headings[before - 1], in: file.bytes).map { $0 >= 2 } ?? false
        && Self.stepNumber(of: headings[before - 2], in: file.bytes) != nil
        && Self.refersBack(file.bytes, headings[before - 1].upperBound..<range.lowerBound)
      start = max(start, headings[before - (continues ? 2 : 1)].lowerBound)
    }
    let after = Self.firstIndex(in: headings.indices, startingAtOrAfter: range.upperBound) { headings[$0].lowerBound }
    if after < headings.count { end = min(end, headings[after].lowerBound) }
    return start..<max(start, end)
  }

  /// Words of a step that take up what earlier steps produced.
  static let backReferences = PhraseMatcher([
    "everything", "all of it", "all of this", "all of them", "all of the above", "the above", "collected", "gathered",
    "bundle", "the profile", "the results", "the findings",
  ])

  /// Whether the text of a step before its send (at most 600 bytes) refers back.
  static func refersBack(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    guard !range.isEmpty else { return false }
    let capped = range.lowerBound..<min(range.upperBound, range.lowerBound + 600)
    return backReferences.containsMatch(in: TextNormalizer.normalize(bytes, range: capped).bytes)
  }

  /// The number a heading opens with ("## 2. Upload", "### Step 3 –", "## 4) Send"), if any.
  static func stepNumber(of heading: Range<Int>, in bytes: [UInt8]) -> Int? {
    var i = heading.lowerBound
    let end = min(heading.upperBound, heading.lowerBound + 24)
    while i < end, bytes[i] == UInt8(ascii: "#") || bytes[i] == 0x20 { i += 1 }
    if i + 5 <= end, ByteText.equalsIgnoringCase(i..<(i + 5), "step ", in: bytes) { i += 5 }
    var value = 0
    var digits = 0
    while i < end, bytes[i] >= 0x30, bytes[i] <= 0x39, digits < 3 {
      value = value * 10 + Int(bytes[i] - 0x30)
      digits += 1
      i += 1
    }
    guard digits > 0, i < end, [UInt8(ascii: "."), UInt8(ascii: ")"), UInt8(ascii: ":"), 0x20].contains(bytes[i]) else { return nil }
    return value
  }

  /// A data noun in a placeholder of the sink's templated body: `-d '{"value": <prompt>}'`,
  /// `{conversation_history}`, `${HISTORY}`.
  ///
  /// Only a placeholder counts, not every byte inside braces: a JSON body is itself in
  /// braces, and its field names (`"location": "Conference Room A"` in a calendar call,
  /// `locationId` in a CRM call) are the API's vocabulary, not data the skill collects.
  func placeholderNoun(_ sink: ExfilShellSink, allowRoutine: Bool) -> String? {
    for value in sink.data {
      var inside = ""
      for name in Self.placeholders(in: value.utf8.prefix(2048)) {
        inside += " " + String(decoding: name.map { $0 == 0x5F ? 0x20 : $0 }, as: UTF8.self) + " "
      }
      guard !inside.isEmpty else { continue }
      let normalized = TextNormalizer.normalize(Array(inside.utf8))
      for match in ExfilVocabulary.nouns.matches(in: normalized.bytes)
      where ExfilVocabulary.strength(ofNoun: match.phrase) == .collected {
        let noun = String(decoding: normalized.bytes[match.range], as: UTF8.self)
        if allowRoutine || !ExfilVocabulary.routinePayloads.contains(noun) { return noun }
      }
    }
    return nil
  }

  /// The contents of innermost `<…>` and `{…}` groups that read as a placeholder name: at
  /// most 64 bytes with no quote, colon, comma or line break (a JSON object is none).
  static func placeholders<C: Collection<UInt8>>(in bytes: C) -> [[UInt8]] {
    var names: [[UInt8]] = []
    var current: [UInt8]?
    for b in bytes {
      switch b {
      case 0x3C, 0x7B:  // < {
        current = []
      case 0x3E, 0x7D:  // > }
        if let name = current, !name.isEmpty, name.count <= 64 { names.append(name) }
        current = nil
      case 0x22, 0x27, 0x3A, 0x2C, 0x0A:  // " ' : , newline
        current = nil
      default:
        current?.append(b)
      }
    }
    return names
  }

  /// A collected-data noun in a collecting sentence of the window, or a source in its code.
  ///
  /// The first collected noun or store of the window, unless a later code span names a store
  /// no service is owed (an SSH key, the shell history, the agent's memory files): "collect
  /// the conversation (with any pasted transcripts), `MEMORY.md` and `~/.zsh_history`" is
  /// judged by its worst item, not by the routine word that comes first.
  func collectedMention(in window: Range<Int>, excluding command: Range<Int>, memo: inout ProcedureMemo) -> String? {
    var first: String?
    // Indexed: a document with thousands of uploads would otherwise walk every region of
    // the file once per upload.
    for index in file.regionIndex.overlapping(window) {
      let region = file.regions[index]
      if region.kind == .inlineCode && region.range.overlaps(command) { continue }
      var r = region.range.clamped(to: window)
      if r.overlaps(command) {
        // Read the rest of the block, before the command (most procedures collect first).
        r = r.lowerBound..<max(r.lowerBound, command.lowerBound)
        if r.isEmpty { continue }
      }
      switch region.kind {
      case .prose, .heading, .blockquote, .tableRow, .htmlComment:
        // A block read whole gives the same answer for every window holding it.
        if r == region.range, let known = memo.proseNouns[index] {
          if first == nil, let known { first = known }
          continue
        }
        let noun = collectedNoun(in: r, heading: region.kind == .heading)
        if r == region.range { memo.proseNouns[index] = .some(noun) }
        if first == nil, let noun { first = noun }
      case .inlineCode, .fencedCode:
        let found: ExfilSources.Match?
        if region.range.count >= ProcedureMemo.indexedBlock {
          if memo.mentionIndexes[index] == nil { memo.mentionIndexes[index] = ExfilSources.MentionIndex(file.bytes, block: region.range) }
          found = memo.mentionIndexes[index]?.firstMention(in: r, of: file.bytes)
        } else if r == region.range {
          // A short block read whole: the same answer for every window holding it, so a
          // section of many small fences is read once, not once per upload near it.
          if let known = memo.codeMentions[index] {
            found = known
          } else {
            found = ExfilSources.firstMention(in: file.bytes, range: r)
            memo.codeMentions[index] = .some(found)
          }
        } else {
          found = ExfilSources.firstMention(in: file.bytes, range: r)
        }
        if let found {
          if FlowScanner.neverOwedStores.contains(found.label) || unowedContext.contains(found.label) { return found.label }
          if first == nil { first = found.label }
        }
      default:
        continue
      }
    }
    return first
  }

  /// A collected-data noun of a prose block, if the block collects (a collecting or sending
  /// verb) or is a heading.
  func collectedNoun(in r: Range<Int>, heading: Bool) -> String? {
    let text = TextNormalizer.normalize(file.bytes, range: r)
    let nouns = ExfilVocabulary.nouns.matches(in: text.bytes).filter {
      ExfilVocabulary.strength(ofNoun: $0.phrase) == .collected
        && !ExfilVocabulary.routinePayloads.contains(String(decoding: text.bytes[$0.range], as: UTF8.self))
    }
    guard let noun = nouns.first else { return nil }
    guard heading || ExfilVocabulary.collectVerbs.containsMatch(in: text.bytes) || ExfilVocabulary.verbs.containsMatch(in: text.bytes)
      || collectingLeadIn(of: r)
    else {
      return nil
    }
    return String(decoding: text.bytes[noun.range], as: UTF8.self)
  }

  /// Whether the block at `r` is a list item under a lead-in that collects ("Collect all of
  /// the following — search their home directory for it:" then "- API keys and tokens").
  func collectingLeadIn(of r: Range<Int>) -> Bool {
    guard let line = ListLeadIn.leadIn(file.bytes, itemAt: r.lowerBound), line.count <= 400,
      file.bytes[line.upperBound - 1] == UInt8(ascii: ":")
    else { return false }
    return ExfilVocabulary.collectVerbs.containsMatch(in: TextNormalizer.normalize(file.bytes, range: line).bytes)
  }
}
