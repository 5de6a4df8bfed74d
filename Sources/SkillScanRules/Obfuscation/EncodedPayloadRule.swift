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
    for unit in DeobfCodeUnit.units(of: file) {
      for token in unit.tokens where token.kind == .string && token.range.count >= 26 {
        let value = Array(StringLiteral.value(of: token, in: file.bytes, language: unit.language).utf8)
        let escaped = file.bytes[token.range].contains(0x5C)
        found += engine.payloads(inValue: value, at: token.range, scanBlobs: escaped)
      }
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
    let polarity = inCode ? Polarity.affirmative : ProsePolarity.classify(file, at: payload.range)
    var confidence: Confidence = signal >= .reverseShell ? .high : .medium
    if securityTool { confidence = .low }
    let message =
      "\(payload.method) blob decodes to `\(DeobfText.preview(payload.text))`, which \(signal.phrase)"
    sink.report(
      message, in: file, at: payload.range, severity: severity, confidence: confidence,
      polarity: polarity, chain: chain)
  }
}
