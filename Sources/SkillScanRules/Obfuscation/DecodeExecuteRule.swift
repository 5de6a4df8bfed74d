import SkillScanCore
import SkillScanLexers

/// Flags code that decodes hidden content and executes it: `echo <b64> | base64 -d | bash`,
/// `eval "$(… | base64 -d)"`, `xxd -r -p | sh`, `printf '\x..' | sh`, `exec(b64decode(…))`,
/// `exec(zlib.decompress(…))`, `marshal.loads(…)`, `eval(atob(…))`, `Function(atob(…))()`,
/// PowerShell `-EncodedCommand` and `FromBase64String` + `iex`.
///
/// Encoding the thing that runs has one purpose: hiding it from the reviewer. The finding is
/// a complete decode→execute chain; when the encoded text is written literally it is decoded
/// for the message, and a payload that itself downloads and runs code or opens a reverse shell
/// makes the finding critical.
struct DecodeExecuteRule: Rule {
  static let description = RuleDescription(
    id: "decode-execute",
    name: "Decoded content executed",
    pattern: .sc3,
    severity: .high,
    confidence: .high,
    languages: [.shell, .python, .javascript, .powershell, .markdown, .text],
    summary: "Encoded or compressed content is decoded and executed.",
    rationale: """
      A reviewer cannot read a base64, hex, escaped or compressed command, so piping a decoder \
      into a shell or passing its output to `exec`/`eval`/`Function` runs code nobody \
      reviewed. Real-world droppers use exactly this (`echo … | base64 -D | bash`); legitimate \
      skills ship readable scripts.
      """,
    remediation: """
      Replace the encoded payload with the readable command or script it stands for, and \
      review what it does before shipping it.
      """,
    references: [.owaspLLM(3), .owaspASI(4), .owaspASI(5), .atlas("AML.T0010.005"), .cwe(506), .taxonomy("SC3")],
    keywords: [
      "base64", "base32", "basenc", "xxd", "printf", "\\x", "rev", "n-za-m", "openssl", "gunzip", "zcat",
      "b64decode", "b32decode", "b85decode", "a85decode", "decodebytes", "unhexlify", "fromhex",
      "decompress", "marshal", "pickle", "codecs", "atob", "buffer.from", "fromcharcode",
      "decodeuricomponent", "unescape", "frombase64string", "-enc", "-e ", "-ec ", "uudecode",
      "a2b_hex", "inflatesync", "bunzip2", "unxz", "gzip -d", "xz -d", "zstd -d", "echo -ne", "echo -en", "-en ", "/enc",
      // Decoders of languages without a lexer (``ScriptDecodeExecution``).
      "gzinflate", "gzuncompress", "gzdecode", "str_rot13", "hex2bin", "decode64", "inflate", "unpack", "convert_uudecode",
    ],
    triggeringExamples: DecodeExecuteRule.triggering,
    nonTriggeringExamples: DecodeExecuteRule.nonTriggering
  )

  func check(file: AnalyzedFile, in skill: AnalyzedSkill, into sink: inout FindingSink) {
    if file.source.language == .text { checkUnlexedScript(file, skill, &sink) }
    var reported = Set<Int>()
    for (span, hit) in file.shellDecodeChains where reported.insert(hit.range.lowerBound).inserted {
      if span.isProse, let inner = file.region(at: hit.range.lowerBound), inner.kind == .inlineCode { continue }
      report(hit.message, hit.decoded, hit.range, isCode: span.isCode, file, skill, &sink)
    }
    for unit in DeobfCodeUnit.units(of: file) where unit.language != .shell {
      for hit in DeobfCodeChains.find(in: unit, file: file) where reported.insert(hit.range.lowerBound).inserted {
        report(hit.message, hit.decoded, hit.range, isCode: unit.isCode, file, skill, &sink)
      }
    }
  }

  private func report(
    _ message: String, _ decoded: [UInt8]?, _ range: Range<Int>, isCode: Bool, _ file: AnalyzedFile,
    _ skill: AnalyzedSkill, _ sink: inout FindingSink
  ) {
    var text = message
    var severity = Severity.high
    if let decoded, !decoded.isEmpty {
      text += "; it decodes to `\(DeobfText.preview(decoded))`"
      if let signal = DeobfPayload.strongest(decoded) {
        text += " (\(signal.phrase))"
        if signal >= .reverseShell { severity = .critical }
      }
    }
    var polarity = isCode ? Polarity.affirmative : ProsePolarity.classify(file, at: range)
    // A documentation block labelled "do not run" on its first line shows what to avoid.
    if isCode, file.source.language == .markdown, let fence = file.region(at: range.lowerBound),
      BehaviorShellSpans.fenceHeaderForbids(file, fence)
    {
      polarity = .prohibitive
    }
    // A decode→execute construct is a chain even in a security tool's own code (§6.4); only
    // prose quoting it is discounted, through its polarity.
    var confidence = Confidence.high
    if DeobfSecurityDocs.isSecurityDocumentation(file, in: skill) { confidence = .low }
    sink.report(text, in: file, at: range, severity: severity, confidence: confidence, polarity: polarity, chain: .decodeExecute)
  }
}
