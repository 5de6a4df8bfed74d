import Foundation
import SkillScanCore
import SkillScanLexers

/// Calls that send data off the machine in Python and JavaScript (taxonomy.md E1).
enum CodeFlowSinks {
  /// Python callees (resolved, lower-cased) that always send their arguments.
  static let pythonSuffixes = [
    "requests.post", "requests.put", "requests.patch", "requests.request", "httpx.post", "httpx.put",
    "httpx.patch", "httpx.request", ".post", ".sendall", ".sendto", ".sendmail", ".send_message",
    ".storbinary", ".storlines", ".upload_file", ".upload_fileobj", ".put_object", "gethostbyname",
    "getaddrinfo", "dns.resolver.resolve", "dns.resolver.query", ".send",
  ]

  /// JavaScript callees that always send their arguments.
  static let jsSuffixes = [
    "axios.post", "axios.put", "axios.patch", "got.post", "got.put", "superagent.post", "needle.post",
    "request.post", ".post", ".sendbeacon", ".send", "dns.resolve", "dns.resolve4", "dns.lookup",
    "dns.resolvetxt",
  ]

  /// Whether `call` sends data, and a display name for it.
  /// - Parameters:
  ///   - call: a call from ``PythonCalls`` or ``JSCalls``.
  ///   - s: the statements (for argument text).
  ///   - language: `.python` or `.javascript`.
  ///   - streams: whether the file opens raw HTTP or socket connections (`.write` then sends).
  static func sinkName(_ call: CodeCall, _ s: CodeFlowStatements, language: Language, streams: Bool) -> String? {
    let callee = call.callee.lowercased()
    // Asked of every call of a script: the suffixes are compared as bytes (all ASCII), not
    // as Unicode strings.
    let suffixes = language == .python ? pythonSuffixBytes : jsSuffixBytes
    for suffix in suffixes where endsWith(callee, suffix) {
      if suffix == sendBytes && language == .python && callee.hasPrefix("self.") { continue }
      return call.callee
    }
    if language == .python {
      if callee.hasSuffix("urlopen") && (call.arguments.count >= 2 || call.arguments.contains { $0.keyword == "data" }) {
        return call.callee
      }
      if callee.hasSuffix("request") && call.arguments.contains(where: { $0.keyword == "data" }) { return call.callee }
      // `urllib.request.Request(url, body)`: the body is the second positional argument; the
      // request object exists to be sent (`urlopen(req)`).
      if Self.requestConstructors.contains(callee), call.arguments.count >= 2, call.arguments[1].keyword == nil {
        return call.callee
      }
      if callee.hasSuffix(".request"), let first = call.stringArgument(0, tokens: s.tokens) {
        let method = StringLiteral.value(of: first, in: s.bytes, language: language).uppercased()
        if method == "POST" || method == "PUT" || method == "PATCH" { return call.callee }
      }
    } else {
      if callee == "fetch" || callee.hasSuffix(".fetch") || callee == "axios" || callee.hasSuffix(".request") {
        if argumentsContain(call, s, ["post", "put", "patch"], keyed: "method") || argumentsContainKey(call, s, "body")
          || argumentsContainKey(call, s, "data")
        {
          return call.callee
        }
      }
      if streams, callee.hasSuffix(".write") || callee.hasSuffix(".end") { return call.callee }
    }
    if runsUploadCommand(call, s, language: language) { return call.callee }
    return nil
  }

  /// urllib's request classes (resolved, lower-cased), whose second argument is the body.
  static let requestConstructors: Set<String> = ["urllib.request.request", "urllib2.request", "request"]

  static let pythonSuffixBytes = pythonSuffixes.map { Array($0.utf8) }
  static let jsSuffixBytes = jsSuffixes.map { Array($0.utf8) }
  private static let sendBytes = Array(".send".utf8)

  /// Whether `text` ends with the bytes `suffix`.
  static func endsWith(_ text: String, _ suffix: [UInt8]) -> Bool {
    let utf8 = text.utf8
    return utf8.count >= suffix.count && utf8.suffix(suffix.count).elementsEqual(suffix)
  }

  /// Callees (last component, lower-cased) that run a command line.
  static let commandRunners: Set<String> = [
    "run", "system", "popen", "call", "check_output", "check_call", "exec", "execsync", "spawn", "spawnsync", "getoutput",
  ]

  /// `subprocess.run(["curl", "-d", …])`, `os.system(f"curl -F …")`, `execSync(\`curl …\`)`.
  static func runsUploadCommand(_ call: CodeCall, _ s: CodeFlowStatements, language: Language) -> Bool {
    guard commandRunners.contains(call.baseName.lowercased()) else { return false }
    let end = min(call.closeParen, call.openParen + 256, s.tokens.count)
    // The command is the strings joined with spaces, so it starts with the first string that
    // is not blank: when that one cannot begin `curl`, `wget` or `nc `, nothing is joined (a
    // script that runs a command in each of its functions reached here for every one).
    for k in call.openParen..<end where s.tokens[k].kind == .string {
      let value = StringLiteral.value(of: s.tokens[k], in: s.bytes, language: language)
      // Leading blanks as `trimmingCharacters(in: .whitespaces)` drops them, then four
      // characters are enough to decide.
      let rest = value.unicodeScalars.drop { CharacterSet.whitespaces.contains($0) }
      if rest.isEmpty { continue }
      let head = String(String.UnicodeScalarView(rest.prefix(4))).lowercased()
      guard head.hasPrefix("curl") || head.hasPrefix("wget") || head.hasPrefix("nc") else { return false }
      break
    }
    var text = ""
    for k in call.openParen..<end where s.tokens[k].kind == .string {
      text += " " + StringLiteral.value(of: s.tokens[k], in: s.bytes, language: language)
      if text.utf8.count > 4096 { break }
    }
    let lower = text.lowercased().trimmingCharacters(in: .whitespaces)
    guard lower.hasPrefix("curl") || lower.hasPrefix("wget") || lower.hasPrefix("nc ") else { return false }
    return [" -d", " --data", " -f ", " -f", " --form", " -t ", " --upload-file", " --post-", "-x post", "-x put"].contains {
      lower.contains($0)
    } || lower.hasPrefix("nc ")
  }

  /// Whether a `key: 'value'` pair among the arguments has one of `values` (case-insensitive).
  static func argumentsContain(_ call: CodeCall, _ s: CodeFlowStatements, _ values: [String], keyed key: String) -> Bool {
    let end = min(call.closeParen, s.tokens.count)
    var k = call.openParen
    while k + 2 < end {
      if s.tokens[k].kind == .word, s.text(k) == key, s.isOp(k + 1, ":"), s.tokens[k + 2].kind == .string {
        let v = StringLiteral.value(of: s.tokens[k + 2], in: s.bytes, language: .javascript).lowercased()
        if values.contains(v) { return true }
      }
      k += 1
    }
    return false
  }

  /// Whether an object key `key` (`body:`, `data:`, shorthand `{ body }`) occurs in the arguments.
  static func argumentsContainKey(_ call: CodeCall, _ s: CodeFlowStatements, _ key: String) -> Bool {
    let end = min(call.closeParen, s.tokens.count)
    for k in call.openParen..<end where s.tokens[k].kind == .word && s.text(k) == key {
      if s.isOp(k + 1, ":") || s.isOp(k + 1, ",") || s.isOp(k + 1, "}") { return true }
    }
    return false
  }

  /// The destination host: a URL literal among the arguments, or a constant they name.
  /// The name in a template's leading `${NAME}` or `{NAME}`, if it starts with one.
  static func leadingPlaceholder(_ value: String) -> String? {
    var rest = Substring(value)
    if rest.hasPrefix("$") { rest = rest.dropFirst() }
    guard rest.hasPrefix("{"), let close = rest.firstIndex(of: "}") else { return nil }
    let name = rest[rest.index(after: rest.startIndex)..<close]
    guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return nil }
    return String(name)
  }

  /// A template host (`f"https://{host}/…"`, `"https://%s/…"`) names no destination.
  /// The host named by a `hostname:` or `host:` key of an options object in `range`:
  /// Node's `https.request({ hostname: "api.linear.app", … })` names no URL.
  static func optionsHost(_ range: Range<Int>, _ s: CodeFlowStatements, language: Language) -> String? {
    var k = range.lowerBound
    while k + 2 < range.upperBound, k + 2 < s.tokens.count {
      if s.tokens[k].kind == .word, s.isOp(k + 1, ":"), s.tokens[k + 2].kind == .string, s.tokens[k + 2].range.count < 300 {
        let key = s.text(k)
        if key == "hostname" || key == "host" {
          let value = StringLiteral.value(of: s.tokens[k + 2], in: s.bytes, language: language)
          let isHost = !value.isEmpty && value.utf8.allSatisfy { ByteClassLite.isAlnum($0) || $0 == 0x2E || $0 == 0x2D || $0 == 0x3A }
          if isHost { return value.lowercased() }
        }
      }
      k += 1
    }
    return nil
  }

  static func host(_ call: CodeCall, _ s: CodeFlowStatements, language: Language, constants: [String: String]) -> String? {
    let end = min(call.closeParen, s.tokens.count, call.openParen + 512)
    func written(_ host: String?) -> String? {
      host.flatMap { $0.contains(where: { "{}%$<>".contains($0) }) ? nil : $0 }
    }
    if let host = optionsHost(call.openParen..<end, s, language: language) { return host }
    for k in call.openParen..<end {
      let t = s.tokens[k]
      if t.kind == .string {
        let v = StringLiteral.value(of: t, in: s.bytes, language: language)
        if let h = written(ExfilHosts.firstHost(in: v)) { return h }
        // `${GATEWAY_URL}/api/callback`, f"{OPENCLAW_BASE}/v1/chat": a template that starts
        // with a URL constant.
        if let name = leadingPlaceholder(v), let url = constants[name], let h = written(ExfilHosts.firstHost(in: url)) {
          return h
        }
      } else if t.kind == .word, let url = constants[s.text(k)], let h = written(ExfilHosts.firstHost(in: url)) {
        return h
      }
    }
    // `ws.send(data)`, `this.conn.sendall(b)`: the object was built for a URL (see
    // ``CodeFlow/constructedURL(_:_:language:constants:)``).
    let parts = call.writtenCallee.split(separator: ".")
    if parts.count >= 2, let url = constants[String(parts[parts.count - 2])], let h = written(ExfilHosts.firstHost(in: url)) {
      return h
    }
    return nil
  }
}
