import SkillScanCore
import SkillScanLexers

/// Decodes blobs anywhere in a skill — base64, base32, hex, base85, escape runs, percent runs,
/// integer and character-code lists, then single-byte XOR, affine byte maps, reversal and
/// round-robin splitting — and reports those whose decoded text is a payload: it downloads
/// and runs code, opens a reverse shell, runs commands, or contacts a paste, tunnel,
/// collector or raw-IP host.
///
/// The finding carries the provenance ("base85 → XOR 0x9f blob at SKILL.md:80 decodes to
/// `…`"). A hidden download-and-run or reverse shell is a complete chain on its own: nobody
/// encodes a command they mean the reader to understand. Decoded text that is inert (images,
/// certificates, JWTs, basic-auth strings) is never reported.
struct EncodedPayloadRule: Rule {
  static let description = RuleDescription(
    id: "encoded-payload",
    name: "Encoded payload",
    pattern: .sc3,
    severity: .high,
    confidence: .high,
    languages: [.markdown, .text, .shell, .python, .javascript, .powershell, .json, .yaml, .toml],
    summary: "An encoded blob decodes to commands, code or a suspicious URL.",
    rationale: """
      Base64, base85, hex, character-code arrays and home-made ciphers (XOR with a key, an \
      affine byte map, a payload split into interleaved parts) hide what a skill will run \
      from reviewers and scanners. Decoding the blob shows the real behaviour; a download-\
      and-run command or reverse shell behind an encoding is a dropper.
      """,
    remediation: "Remove the encoded payload; ship readable commands and review what they do.",
    references: [.owaspLLM(3), .owaspASI(4), .owaspASI(5), .atlas("AML.T0010.005"), .cwe(506), .taxonomy("SC3")],
    triggeringExamples: EncodedPayloadRule.triggering,
    nonTriggeringExamples: EncodedPayloadRule.nonTriggering
  )

  func check(file: AnalyzedFile, in skill: AnalyzedSkill, into sink: inout FindingSink) {
    var engine = DeobfEngine()
    var found = engine.payloads(in: file.bytes, range: 0..<file.bytes.count)
    var joinedFound: [DeobfEngine.Decoded] = []
    var joinedRuns: [Range<Int>] = []
    for unit in DeobfCodeUnit.units(of: file) {
      for token in unit.tokens where token.kind == .string && token.range.count >= 26 {
        let value = Array(StringLiteral.value(of: token, in: file.bytes, language: unit.language).utf8)
        let escaped = file.bytes[token.range].contains(0x5C)
        found += engine.payloads(inValue: value, at: token.range, scanBlobs: escaped)
      }
      // Joined runs share the engine's blob budget: past it, more payloads of the same
      // file cannot change the verdict, and each costs an analysis and a report.
      for run in Self.joinedLiteralRuns(unit, file.bytes) where joinedRuns.count < engine.limits.maxBlobs {
        let joined = engine.payloads(inValue: run.value, at: run.range, scanBlobs: false)
        guard !joined.isEmpty else { continue }
        joinedFound += joined
        joinedRuns.append(run.range)
      }
    }
    if !joinedRuns.isEmpty {
      // A chunk that decodes to a fragment of a joined payload says less than the whole.
      let runs = joinedRuns.sorted { $0.lowerBound < $1.lowerBound }
      found.removeAll { payload in Self.within(payload.range.lowerBound, runs) }
      found += joinedFound
    }
    for line in Self.blobLines(file) {
      found += engine.payloads(inValue: Array(file.bytes[line]), at: line, scanBlobs: true)
    }
    for region in file.regions where region.kind == .prose && region.range.count >= 24 && region.range.count <= 8192 {
      let bytes = Array(file.bytes[region.range])
      found += engine.payloads(inValue: bytes, at: region.range, scanBlobs: false)
      if let newline = bytes.firstIndex(of: 0x0A), newline + 24 < bytes.count {
        let tail = region.range.lowerBound + newline + 1..<region.range.upperBound
        found += engine.payloads(inValue: Array(file.bytes[tail]), at: tail, scanBlobs: false)
      }
    }
    guard !found.isEmpty else { return }
    let securityTool = DeobfSecurityDocs.isSecurityDocumentation(file, in: skill)
    var reported = Set<Int>()
    for payload in found.sorted(by: { $0.signals[0] > $1.signals[0] }) {
      let line = file.source.lines.line(of: payload.range.lowerBound)
      guard reported.insert(line).inserted else { continue }
      report(payload, file, securityTool, &sink)
    }
  }

  /// Runs of two or more string literals that hold only encoding characters and are
  /// separated only by commas, `+` or line breaks (`@('JAB1…', 'LgBz…')`, `"aGVs" + "bG8="`),
  /// with their values joined.
  ///
  /// Splitting a blob into short chunks that are joined at run time (`-join ''`,
  /// `''.join(parts)`) keeps each chunk below any blob detector's length and makes no chunk
  /// decode to anything. The chunks only mean something together, so they are read together.
  /// Each literal belongs to at most one run and a run is capped at the blob scanner's
  /// maximum length, so the work stays linear in the file.
  static func joinedLiteralRuns(_ unit: DeobfCodeUnit, _ bytes: [UInt8]) -> [(value: [UInt8], range: Range<Int>)] {
    var out: [(value: [UInt8], range: Range<Int>)] = []
    // The run's literals, as byte ranges of plainly quoted ones (copied only when the run
    // is kept: most literals of most code stand alone) or as unquoted values.
    var parts: [Part] = []
    var total = 0
    var start = 0
    var end = 0
    // The shortest chunk but the last, and whether any byte is one plain words lack: a list
    // of identifiers (`['alpha', 'beta', …]`) joins to lower-case letters in short pieces,
    // while encoded chunks are cut to a length and carry capitals, digits or `+/=`.
    var shortest = Int.max
    var encodedByte = false
    func flush() {
      if parts.count >= 2, total >= 26, encodedByte, parts.count == 2 || shortest >= 8 {
        var value: [UInt8] = []
        value.reserveCapacity(total)
        for part in parts {
          switch part {
          case .inPlace(let r): value += bytes[r]
          case .unquoted(let v): value += v
          }
        }
        out.append((value, start..<end))
      }
      parts.removeAll(keepingCapacity: true)
      total = 0
      shortest = Int.max
      encodedByte = false
    }
    for token in unit.tokens {
      // Nothing to flush and nothing to start: most tokens of most code.
      if parts.isEmpty, token.kind != .string { continue }
      switch token.kind {
      case .string:
        guard let part = Self.encodingLiteral(token, bytes, unit.language), total + part.count <= DeobfBlobScanner.maximumLength else {
          flush()
          continue
        }
        if parts.isEmpty { start = token.range.lowerBound }
        if let last = parts.last { shortest = min(shortest, last.count) }
        if !encodedByte { encodedByte = part.hasEncodedByte(bytes) }
        parts.append(part)
        total += part.count
        end = token.range.upperBound
      case .newline, .comment:
        continue
      case .op:
        if token.range.count == 1, bytes[token.range.lowerBound] == 0x2C || bytes[token.range.lowerBound] == 0x2B { continue }
        flush()
      default:
        flush()
      }
    }
    flush()
    return out
  }

  /// One literal of a run.
  enum Part {
    case inPlace(Range<Int>)
    case unquoted([UInt8])

    var count: Int {
      switch self {
      case .inPlace(let r): r.count
      case .unquoted(let v): v.count
      }
    }

    /// Whether the literal holds a capital, a digit or `+/=`.
    func hasEncodedByte(_ bytes: [UInt8]) -> Bool {
      func encoded(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x2B || b == 0x2F || b == 0x3D }
      switch self {
      case .inPlace(let r): return bytes[r].contains(where: encoded)
      case .unquoted(let v): return v.contains(where: encoded)
      }
    }
  }

  /// A string literal holding only encoding characters, or nil. A plainly quoted literal is
  /// read in place: building a `String` for each literal of a large file cost more than the
  /// rest of the rule.
  static func encodingLiteral(_ token: Token, _ bytes: [UInt8], _ language: Language) -> Part? {
    let range = token.range
    guard range.count >= 3, range.upperBound <= bytes.count else { return nil }
    let open = bytes[range.lowerBound]
    if open == 0x27 || open == 0x22 || open == 0x60, bytes[range.upperBound - 1] == open {
      let inner = range.lowerBound + 1..<range.upperBound - 1
      for i in inner where !isEncodingByte(bytes[i]) { return nil }
      return .inPlace(inner)
    }
    // Other spellings (prefixes, triple quotes, escapes) are unquoted only when nothing in
    // the raw text rules them out: a space or a line break survives any unquoting.
    if bytes[range].contains(where: { $0 == 0x20 || $0 == 0x0A }) { return nil }
    let value = Array(StringLiteral.value(of: token, in: bytes, language: language).utf8)
    return !value.isEmpty && value.allSatisfy(isEncodingByte) ? .unquoted(value) : nil
  }

  /// Whether `offset` lies in one of `runs` (sorted by start; runs never overlap, since
  /// each literal belongs to at most one).
  static func within(_ offset: Int, _ runs: [Range<Int>]) -> Bool {
    var low = 0
    var high = runs.count
    while low < high {
      let mid = (low + high) / 2
      if runs[mid].lowerBound <= offset { low = mid + 1 } else { high = mid }
    }
    return low > 0 && runs[low - 1].contains(offset)
  }

  /// Bytes of base64 (standard and URL-safe), base32 and hex text.
  @inline(__always) static func isEncodingByte(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2B, 0x2F, 0x3D, 0x2D, 0x5F: true
    default: false
    }
  }

  /// Prose lines that are one long run without spaces (a "protected payload" pasted into
  /// Markdown): candidates as a whole, even when they contain backticks or quotes.
  static func blobLines(_ file: AnalyzedFile) -> [Range<Int>] {
    var out: [Range<Int>] = []
    for region in file.regions where region.kind == .prose || region.kind == .blockquote {
      var start = region.range.lowerBound
      while start < region.range.upperBound && out.count < 64 {
        var end = start
        var space = false
        while end < region.range.upperBound && file.bytes[end] != 0x0A {
          if file.bytes[end] == 0x20 || file.bytes[end] == 0x09 { space = true }
          end += 1
        }
        if !space, end - start >= 40, end - start <= DeobfBlobScanner.maximumLength { out.append(start..<end) }
        start = end + 1
      }
    }
    return out
  }

  private func report(_ payload: DeobfEngine.Decoded, _ file: AnalyzedFile, _ securityTool: Bool, _ sink: inout FindingSink) {
    let signal = payload.signals[0]
    let severity: Severity
    var chain: ChainKind?
    switch signal {
    case .downloadExecute, .reverseShell:
      severity = .critical
      chain = .decodeExecute
    case .instruction:
      // Decoded, the text is a prompt injection; encoding it is what hides it.
      severity = .high
      chain = .hijack
    case .execution, .download: severity = .high
    case .suspiciousURL: severity = .medium
    }
    let inCode = file.codeRegion(at: payload.range.lowerBound) != nil
    // In a data file the quotes around a value are its syntax, not a quotation: a blob in
    // `"license_notice_b64": "…"` is what the script that reads the file decodes.
    // Test data (log samples a detection rule is tested on) stays as it reads.
    let dataValue = [.json, .yaml, .toml].contains(file.source.language) && !file.source.isFixturePath
    let polarity = inCode ? Polarity.affirmative : ProsePolarity.classify(file, at: payload.range, argumentsAreInstructions: dataValue)
    var confidence: Confidence = signal >= .reverseShell ? .high : .medium
    if securityTool { confidence = .low }
    let message =
      "\(payload.method) blob decodes to `\(DeobfText.preview(payload.text))`, which \(signal.phrase)"
    sink.report(
      message, in: file, at: payload.range, severity: severity, confidence: confidence,
      polarity: polarity, chain: chain)
  }
}
