import SkillScanCore
import SkillScanLexers

/// A network address written only in encoded form (`bytes.fromhex("68747470…")`,
/// `atob("aHR0cHM6Ly…")`, a base64 value in the skill's settings) in a skill whose code
/// sends over the network.
///
/// An honest client names the service it talks to: the address is documentation as much as
/// configuration. Encoding it serves one reader only, the reviewer or scanner who would
/// otherwise see where the data goes; taxonomy.md §6.2 counts an SC3 decode whose result
/// feeds a network call as a decode-execute chain. On the registry snapshot every script
/// literal that decodes to a bare URL belongs to a stealer; JWTs, basic-auth strings and
/// data URIs decode to something else and are never read as addresses.
struct ConcealedEndpointRule: Rule {
  static let description = RuleDescription(
    id: "concealed-endpoint",
    name: "Encoded network address",
    pattern: .sc3,
    severity: .high,
    confidence: .high,
    languages: [.python, .javascript, .shell, .powershell, .markdown, .json, .yaml, .toml],
    summary: "A URL is written only in base64 or hex, and the skill's code sends over the network.",
    rationale: """
      Encoding a destination hides where data goes from whoever reviews the skill; the \
      code that decodes it at run time sends to an address nobody read. Stealers keep their \
      collection endpoints this way, in the script or in a settings file beside it.
      """,
    remediation: "Write the service's address in plain text and document what is sent there.",
    references: [.owaspLLM(3), .owaspASI(5), .cwe(506), .taxonomy("SC3"), .taxonomy("E1")],
    // Folded: the engine matches keywords without regard to case.
    keywords: ["ahr0c", "68747470", "d3m6ly", "d3nzoi8v", "7773"],
    triggeringExamples: ConcealedEndpointRule.triggering,
    nonTriggeringExamples: ConcealedEndpointRule.nonTriggering
  )

  func check(file: AnalyzedFile, in skill: AnalyzedSkill, into sink: inout FindingSink) {
    guard !file.source.isFixturePath else { return }
    let dataFile = [.json, .yaml, .toml].contains(file.source.language)
    let sends: Bool
    var hidden: [(range: Range<Int>, encoding: String, url: String)] = []
    if dataFile {
      // A settings value is an address only when the skill's scripts decode values and
      // talk to the network.
      guard Self.scriptsDecodeAndSend(skill) else { return }
      sends = true
      for value in Self.quotedValues(file.bytes) {
        if let decoded = Self.decodedAddress(file.bytes[value]) { hidden.append((value, decoded.encoding, decoded.url)) }
      }
    } else {
      sends = Self.networkClients.occurs(in: file.bytes, range: 0..<file.bytes.count)
      guard sends else { return }
      for unit in DeobfCodeUnit.units(of: file) where unit.isCode {
        for token in unit.tokens where token.kind == .string && token.range.count >= 18 && token.range.count <= 4_096 {
          let value = Array(StringLiteral.value(of: token, in: file.bytes, language: unit.language).utf8)
          if let decoded = Self.decodedAddress(value[...]) { hidden.append((token.range, decoded.encoding, decoded.url)) }
        }
      }
    }
    guard sends, !hidden.isEmpty else { return }
    let securityTool = SecurityPurpose.isSecurityTool(skill)
    var lines = Set<Int>()
    for found in hidden where lines.insert(file.source.lines.line(of: found.range.lowerBound)).inserted {
      sink.report(
        "address hidden in \(found.encoding): decodes to \(Snippet.make(found.url)), and the skill's code sends over the network",
        in: file, at: found.range, confidence: securityTool ? .low : dataFile ? .medium : .high, context: .code,
        chain: .decodeExecute)
    }
  }

  /// Words of a network client (one of which the sending code names).
  static let networkClients = KeywordFilter(keywords: [
    "requests.", "urlopen", "urllib", "httpx", "aiohttp", "http.client", "fetch(", "axios", "http.request", "https.request",
    "xmlhttprequest", "websocket", "invoke-webrequest", "invoke-restmethod", "net.webclient", "curl ", "wget ", "socket.",
    "needle(", "superagent", "got.post", "got(",
  ])

  /// Words of a decoder a script applies to a settings value.
  static let decoders = KeywordFilter(keywords: ["b64decode", "fromhex", "unhexlify", "atob(", "frombase64string", "base64 -d", "base64 --decode", "'base64')", "\"base64\")", "'hex')", "\"hex\")"])

  /// Whether the skill's scripts name a decoder and a network client (a settings module
  /// may decode what a client module sends to).
  static func scriptsDecodeAndSend(_ skill: AnalyzedSkill) -> Bool {
    skill.cache.value(decodeAndSendSlot) {
      let scripts = skill.files.filter { $0.source.kind == .script && !$0.source.isFixturePath }
      return scripts.contains { decoders.occurs(in: $0.bytes, range: 0..<$0.bytes.count) }
        && scripts.contains { networkClients.occurs(in: $0.bytes, range: 0..<$0.bytes.count) }
    }
  }

  /// The contents of double-quoted values in a data file (no escapes), 16 to 4,096 bytes.
  static func quotedValues(_ bytes: [UInt8]) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var i = 0
    while i < bytes.count {
      guard bytes[i] == 0x22 || bytes[i] == 0x27 else {
        i += 1
        continue
      }
      let quote = bytes[i]
      var j = i + 1
      while j < bytes.count, bytes[j] != quote, bytes[j] != 0x0A, bytes[j] != 0x5C, j - i <= 4_097 { j += 1 }
      if j < bytes.count, bytes[j] == quote, (16...4_096).contains(j - i - 1) { result.append((i + 1)..<j) }
      i = j < bytes.count && bytes[j] == quote ? j + 1 : j
    }
    return result
  }

  /// The URL a base64 or hex value decodes to, when the whole decoded text is one address
  /// of a host that is not local.
  static func decodedAddress(_ value: ArraySlice<UInt8>) -> (encoding: String, url: String)? {
    guard value.count >= 16, value.count <= 4_096 else { return nil }
    var decoded: [UInt8]?
    var encoding = ""
    if value.count % 2 == 0, value.allSatisfy({ ByteClassLite.hexValue($0) != nil }) {
      decoded = DeobfDecoders.hex(value)
      encoding = "hex"
    }
    if decoded.map(isBareAddress) != true, value.allSatisfy({ ByteClassLite.isAlnum($0) || $0 == 0x2B || $0 == 0x2F || $0 == 0x3D || $0 == 0x2D || $0 == 0x5F }) {
      decoded = DeobfDecoders.base64(value)
      encoding = "base64"
    }
    guard let text = decoded, isBareAddress(text) else { return nil }
    let urls = URLExtractor.urls(in: text, limit: 2)
    guard urls.count == 1, let url = urls.first, HostClassifier.classify(url) != .local else { return nil }
    return (encoding, String(decoding: text, as: UTF8.self))
  }

  /// `http(s)://` or `ws(s)://` and visible ASCII to the end, nothing else.
  static func isBareAddress(_ text: [UInt8]) -> Bool {
    guard text.count >= 12, text.count <= 2_048, text.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else { return false }
    let lowered = text.prefix(8).map { KeywordFilter.fold($0) }
    return ["http://", "https://", "ws://", "wss://"].contains { lowered.starts(with: Array($0.utf8)) }
  }
}

/// Where whether a skill's scripts decode and send is cached.
private let decodeAndSendSlot = CacheSlot<Bool>("ConcealedEndpointRule.decodeAndSend")
