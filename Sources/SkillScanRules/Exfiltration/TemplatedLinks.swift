import SkillScanCore
import SkillScanLexers

/// Links the instructions tell the agent to open with data filled in: a URL whose query holds
/// a placeholder that names a secret or the conversation, `…/check?token=<value of
/// _authToken>`, `…/b.svg?s=<summary of this conversation, including any tokens>`
/// (taxonomy.md P3, E4). Opening it (a fetch tool, a rendered image) sends the value.
///
/// Only the placeholder's own words count, not the text around it, and not the user's own
/// value for the skill's documented API (`?appid=<your API key>` on the service the skill is
/// for): that is how every API client is configured.
enum TemplatedLinks {
  struct Hit {
    var range: Range<Int>
    var host: String
    var placeholder: String
  }

  /// Bytes of a URL read as written (placeholders may hold spaces).
  static let maxURL = 1_024

  static func find(in file: AnalyzedFile, declared: ExfilDeclaredService, documented: DocumentedService) -> [Hit] {
    let bytes = file.bytes
    var hits: [Hit] = []
    var seenLines = Set<Int>()
    // Whether a host may take a templated link, per host: a document repeats its hosts.
    var eligible: [String: Bool] = [:]
    for url in file.urls {
      // The query first: most links have none, and it costs less than judging the host.
      let written = Self.written(from: url.range.lowerBound, bytes)
      guard let query = written.firstIndex(of: UInt8(ascii: "?")) else { continue }
      let host = url.host.lowercased()
      let open: Bool
      if let known = eligible[url.host] {
        open = known
      } else {
        open = !ExfilHosts.isLoopbackOrPrivate(url.host, singleLabelIsLocal: true) && ExfilHosts.classify(host) != .local
          && !declared.matches(host: host) && !documented.hosts.contains(host)
        eligible[url.host] = open
      }
      guard open else { continue }
      for placeholder in Self.placeholders(written[(query + 1)...]) {
        let lowered = placeholder.lowercased()
        guard !ByteSearch.contains(lowered, "your") else { continue }
        let named = TextNormalizer.normalize(Array(placeholder.utf8.map { $0 == UInt8(ascii: "_") ? 0x20 : $0 })).bytes
        guard secretWords.containsMatch(in: named) || ImageBeacons.contextWords.containsMatch(in: named)
          || ExfilSources.firstMention(in: placeholder).map({ $0.kind.isSecret || $0.kind == .context }) == true
          || definitionNamesData(placeholder, in: bytes)
        else { continue }
        if seenLines.insert(file.source.lines.line(of: url.range.lowerBound)).inserted {
          hits.append(Hit(range: url.range.lowerBound..<(url.range.lowerBound + written.count), host: host, placeholder: placeholder))
        }
        break
      }
    }
    return hits
  }

  /// The URL at `start` as written: through `<…>` and `{…}` placeholders (spaces and all),
  /// to a blank, quote, backtick or closing bracket outside them.
  static func written(from start: Int, _ bytes: [UInt8]) -> ArraySlice<UInt8> {
    var depth = 0
    var end = start
    while end < bytes.count, end - start < maxURL, bytes[end] != 0x0A {
      let b = bytes[end]
      if b == UInt8(ascii: "<") || b == UInt8(ascii: "{") { depth += 1 }
      if b == UInt8(ascii: ">") || b == UInt8(ascii: "}") { depth = max(0, depth - 1) }
      if depth == 0, b == 0x20 || b == 0x09 || b == 0x22 || b == 0x27 || b == 0x60 || b == UInt8(ascii: ")") || b == UInt8(ascii: "]") { break }
      end += 1
    }
    return bytes[start..<end]
  }

  /// Whether the document defines an opaque placeholder (`{CTX}`, `<ref>`) as holding a
  /// secret or the conversation: "`{CTX}` is the base64 of … the user's last three messages
  /// …". The definition is the text after the placeholder written with its brackets and
  /// `is`, `=`, `:`, `means`, `holds` or `contains`, to the end of its paragraph (at most
  /// ``definitionBytes``); at most eight such places are read.
  static func definitionNamesData(_ placeholder: String, in bytes: [UInt8]) -> Bool {
    let inner = Array(placeholder.utf8)
    guard !inner.isEmpty, inner.count <= 40 else { return false }
    for (open, close) in [(UInt8(ascii: "{"), UInt8(ascii: "}")), (UInt8(ascii: "<"), UInt8(ascii: ">"))] {
      let needle = [open] + inner + [close]
      var from = 0
      var seen = 0
      while seen < 8, let at = ByteSearch.firstIndex(of: needle, in: bytes, from: from) {
        seen += 1
        from = at + needle.count
        var i = from
        while i < bytes.count, i - from < 4, bytes[i] == 0x60 || bytes[i] == 0x20 || bytes[i] == 0x2A { i += 1 }
        let rest = bytes[i..<min(bytes.count, i + 10)].map(KeywordFilter.fold)
        let defines = [":", "=", "is ", "means ", "holds ", "contains "].contains { rest.starts(with: Array($0.utf8)) }
        guard defines else { continue }
        // To the paragraph's or the list item's end.
        var end = i
        while end < bytes.count, end - i < definitionBytes {
          if bytes[end] == 0x0A {
            var k = end + 1
            while k < bytes.count, bytes[k] == 0x20 || bytes[k] == 0x09 { k += 1 }
            if k >= bytes.count || bytes[k] == 0x0A || bytes[k] == UInt8(ascii: "-") || bytes[k] == UInt8(ascii: "*") { break }
          }
          end += 1
        }
        end = Self.throughIntroducedFence(after: i..<end, in: bytes)
        let text = TextNormalizer.normalize(bytes, range: i..<end).bytes
        if ImageBeacons.contextWords.containsMatch(in: text) || secretWords.containsMatch(in: text) { return true }
      }
    }
    return false
  }

  static let definitionBytes = 600

  /// A definition that introduces a block ("base64url of this JSON object:" and a fenced
  /// object whose fields say what goes in) reads through that block, up to
  /// ``definitionBytes`` more: the data named is in the block, not in the sentence.
  static func throughIntroducedFence(after range: Range<Int>, in bytes: [UInt8]) -> Int {
    var last = range.upperBound - 1
    while last >= range.lowerBound, bytes[last] == 0x20 || bytes[last] == 0x0A || bytes[last] == 0x0D { last -= 1 }
    guard last >= range.lowerBound, bytes[last] == UInt8(ascii: ":") else { return range.upperBound }
    var k = last + 1
    while k < bytes.count, bytes[k] == 0x20 || bytes[k] == 0x0A || bytes[k] == 0x0D || bytes[k] == 0x09 { k += 1 }
    let fence: [UInt8] = Array("```".utf8)
    let tilde: [UInt8] = Array("~~~".utf8)
    guard k + 3 <= bytes.count, bytes[k..<(k + 3)].elementsEqual(fence) || bytes[k..<(k + 3)].elementsEqual(tilde) else {
      return range.upperBound
    }
    let marker = Array(bytes[k..<(k + 3)])
    let limit = min(bytes.count, k + 3 + definitionBytes)
    var close = k + 3
    while close + 3 <= limit {
      if bytes[close - 1] == 0x0A || bytes[close - 1] == 0x20, bytes[close..<(close + 3)].elementsEqual(marker) { return close + 3 }
      close += 1
    }
    return limit
  }

  /// The insides of `<…>`, `{…}` and `${…}` placeholders among a query's values.
  static func placeholders(_ query: ArraySlice<UInt8>) -> [String] {
    var found: [String] = []
    var current: [UInt8]?
    for b in query {
      if b == UInt8(ascii: "<") || b == UInt8(ascii: "{") {
        current = []
      } else if b == UInt8(ascii: ">") || b == UInt8(ascii: "}") {
        if let inside = current, !inside.isEmpty { found.append(String(decoding: inside, as: UTF8.self)) }
        current = nil
      } else {
        current?.append(b)
      }
    }
    return found
  }

  /// Secrets a placeholder can name, beyond the file stores ``ExfilSources`` knows.
  static let secretWords = PhraseMatcher([
    "authtoken", "auth token", "access token", "api key", "api token", "secret", "password", "passwd", "private key",
    "credential", "credentials", "cookie", "cookies", "session", "npmrc", "env", "environment", "seed phrase", "mnemonic",
    "токен", "ключ", "пароль", "contraseña", "senha", "mot de passe", "passwort", "密码", "令牌", "密钥",
  ])
}
